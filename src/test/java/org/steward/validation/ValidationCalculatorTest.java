package org.steward.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.steward.base.InvalidInputException;
import org.steward.dataset.Progress;
import org.steward.dataset.ScoredSample;
import org.steward.dataset.Split;
import org.steward.dataset.TaskType;
import org.steward.statistics.Metric;
import org.steward.validation.ValidationReport.ConfusionTable;
import org.steward.validation.ValidationReport.MetricResult;
import tools.jackson.databind.json.JsonMapper;

/**
 * The calculator on small samples whose metrics are known from {@code src/test/python/validation_reference.py}:
 * the "ties" example as train rows, the "worked" example as test rows (binary), and likewise for the other tasks.
 */
class ValidationCalculatorTest {

    static final ValidationSettings FAST = new ValidationSettings(200, 7L, 0.95);
    private static final double TOLERANCE = 1e-9;

    static final double[] WORKED_P = {0.9, 0.8, 0.7, 0.6, 0.55, 0.4, 0.3, 0.2};
    static final int[] WORKED_Y = {1, 0, 1, 1, 0, 0, 1, 0};
    static final double[] TIES_P = {1.0, 0.9, 0.8, 0.8, 0.7, 0.7, 0.7, 0.5, 0.3, 0.3, 0.1, 0.0};
    static final int[] TIES_Y = {1, 1, 1, 0, 1, 0, 0, 1, 0, 1, 0, 0};

    private final ValidationCalculator calculator = new ValidationCalculator();

    /** Train and test rows interleaved, as a file would have them; {@code holdout} more rows at the end. */
    static ScoredSample binary(double[] trainP, int[] trainY, double[] testP, int[] testY, double[] holdoutP,
                               int[] holdoutY) {
        var output = new ArrayList<Double>();
        var outcome = new ArrayList<Double>();
        var split = new ArrayList<Split>();
        int train = 0;
        int test = 0;
        while (train < trainP.length || test < testP.length) {
            if (train < trainP.length) {
                output.add(trainP[train]);
                outcome.add((double) trainY[train++]);
                split.add(Split.TRAIN);
            }
            if (test < testP.length) {
                output.add(testP[test]);
                outcome.add((double) testY[test++]);
                split.add(Split.TEST);
            }
        }
        for (int i = 0; i < holdoutP.length; i++) {
            output.add(holdoutP[i]);
            outcome.add((double) holdoutY[i]);
            split.add(Split.HOLDOUT);
        }
        return new ScoredSample(TaskType.BINARY, List.of("no", "yes"), "yes", 0.5,
                output.stream().mapToDouble(Double::doubleValue).toArray(),
                outcome.stream().mapToDouble(Double::doubleValue).toArray(), split.toArray(Split[]::new), Map.of(),
                List.of());
    }

    static ScoredSample binary() {
        return binary(TIES_P, TIES_Y, WORKED_P, WORKED_Y, new double[0], new int[0]);
    }

    private static double value(ValidationReport report, Split split, Metric metric) {
        return report.split(split).orElseThrow().metric(metric).map(MetricResult::value).orElseThrow();
    }

    @Test
    void binary_metrics_per_split_with_intervals_and_the_gap() {
        var report = calculator.compute(binary(), FAST, Progress.NONE);

        assertThat(report.task()).isEqualTo(TaskType.BINARY);
        assertThat(report.primaryMetric()).isEqualTo(Metric.ROC_AUC);
        assertThat(report.threshold()).isEqualTo(0.5);
        assertThat(report.splits()).extracting(ValidationReport.SplitResult::split, ValidationReport.SplitResult::rows)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Split.TRAIN, 12),
                        org.assertj.core.groups.Tuple.tuple(Split.TEST, 8));
        // the reference values of the "worked" and "ties" examples
        assertThat(value(report, Split.TEST, Metric.ROC_AUC)).isCloseTo(0.6875, within(TOLERANCE));
        assertThat(value(report, Split.TEST, Metric.PR_AUC)).isCloseTo(0.7470238095238095, within(TOLERANCE));
        assertThat(value(report, Split.TEST, Metric.LOG_LOSS)).isCloseTo(0.6648435839275698, within(TOLERANCE));
        assertThat(value(report, Split.TEST, Metric.ECE)).isCloseTo(0.43124999999999997, within(TOLERANCE));
        assertThat(value(report, Split.TRAIN, Metric.ROC_AUC)).isCloseTo(0.75, within(TOLERANCE));
        assertThat(value(report, Split.TRAIN, Metric.F1)).isCloseTo(0.7142857142857143, within(TOLERANCE));
        var test = report.split(Split.TEST).orElseThrow();
        assertThat(test.metrics()).extracting(MetricResult::metric).containsExactly(Metric.ROC_AUC, Metric.PR_AUC,
                Metric.ACCURACY, Metric.PRECISION, Metric.RECALL, Metric.F1, Metric.LOG_LOSS, Metric.BRIER,
                Metric.ECE);
        assertThat(test.metrics()).allSatisfy(m -> {
            assertThat(m.interval()).isNotNull();
            assertThat(m.reason()).isNull();
        });
        assertThat(test.metrics()).filteredOn(MetricResult::primary).extracting(MetricResult::metric)
                .containsExactly(Metric.ROC_AUC);
        assertThat(test.confusion()).isEqualTo(new ConfusionTable(List.of("no", "yes"),
                List.of(List.of(2L, 2L), List.of(1L, 3L))));
        assertThat(test.roc()).hasSize(9);
        assertThat(test.reliability()).hasSize(8);
        assertThat(test.residuals()).isEmpty();

        var gap = report.gap();
        assertThat(gap.value()).isCloseTo(0.75 - 0.6875, within(TOLERANCE));
        assertThat(gap.train()).isCloseTo(0.75, within(TOLERANCE));
        assertThat(gap.test()).isCloseTo(0.6875, within(TOLERANCE));
        assertThat(gap.interval()).isNotNull();
        assertThat(gap.interval().low()).isLessThan(gap.interval().high());
        assertThat(gap.reason()).isNull();
        assertThat(report.settings()).isEqualTo(FAST);
        assertThat(report.method()).isEqualTo("Percentile bootstrap, 200 resamples, seed 7, 95% level, one bootstrap "
                + "per split; threshold 0.5 (positive when score ≥ threshold); log loss in natural log with "
                + "probabilities clipped to [1e-15, 1 − 1e-15]; calibration in 10 equal-width bins");
    }

    @Test
    void the_same_seed_gives_the_same_report_another_seed_other_intervals() {
        var first = calculator.compute(binary(), FAST, Progress.NONE);
        assertThat(calculator.compute(binary(), FAST, Progress.NONE)).isEqualTo(first);
        var other = calculator.compute(binary(), new ValidationSettings(200, 8L, 0.95), Progress.NONE);
        assertThat(other.gap().value()).isEqualTo(first.gap().value());
        assertThat(other.gap().interval()).isNotEqualTo(first.gap().interval());
    }

    @Test
    void curves_are_thinned_to_200_points() {
        var p = IntStream.range(0, 5000).mapToDouble(i -> i / 5000.0).toArray();
        var y = IntStream.range(0, 5000).map(i -> (i * 7) % 10 < 3 + i / 1000 ? 1 : 0).toArray();
        var report = calculator.compute(binary(TIES_P, TIES_Y, WORKED_P, WORKED_Y, p, y), FAST, Progress.NONE);
        var holdout = report.split(Split.HOLDOUT).orElseThrow();
        assertThat(holdout.rows()).isEqualTo(5000);
        assertThat(holdout.roc()).hasSize(200);
        assertThat(holdout.roc().getFirst()).isEqualTo(new org.steward.statistics.CurvePoint(0, 0));
        assertThat(holdout.roc().getLast()).isEqualTo(new org.steward.statistics.CurvePoint(1, 1));
        assertThat(holdout.precisionRecall()).hasSize(200);
    }

    @Test
    void a_split_with_one_class_has_no_auc_and_no_gap_but_says_why() {
        var report = calculator.compute(binary(TIES_P, TIES_Y, new double[] {0.2, 0.7}, new int[] {1, 1},
                new double[0], new int[0]), FAST, Progress.NONE);
        var auc = report.split(Split.TEST).orElseThrow().metric(Metric.ROC_AUC).orElseThrow();
        assertThat(auc.value()).isNull();
        assertThat(auc.reason()).isEqualTo("Undefined: only one class among the outcomes.");
        assertThat(report.split(Split.TEST).orElseThrow().roc()).isEmpty();
        assertThat(report.gap().value()).isNull();
        assertThat(report.gap().reason()).isEqualTo("The test ROC AUC is undefined (only one class among the "
                + "outcomes): the overfitting gap cannot be measured.");
    }

    @Test
    void without_train_rows_the_gap_cannot_be_measured() {
        var report = calculator.compute(binary(new double[0], new int[0], WORKED_P, WORKED_Y, TIES_P, TIES_Y), FAST,
                Progress.NONE);
        assertThat(report.splits()).extracting(ValidationReport.SplitResult::split)
                .containsExactly(Split.TEST, Split.HOLDOUT);
        assertThat(report.gap()).isEqualTo(new ValidationReport.OverfittingGap(null, null, null,
                value(report, Split.TEST, Metric.ROC_AUC), "No train rows: the overfitting gap cannot be measured."));
    }

    @Test
    void without_test_rows_neither() {
        var report = calculator.compute(binary(TIES_P, TIES_Y, new double[0], new int[0], new double[0],
                new int[0]), FAST, Progress.NONE);
        assertThat(report.gap()).isEqualTo(new ValidationReport.OverfittingGap(null, null, 0.75, null,
                "No test rows: the overfitting gap cannot be measured."));
    }

    @Test
    void multiclass_accuracy_f1_and_the_confusion_matrix() {
        // train: the generated dataset of the reference script; test: its worked example
        var trainActual = IntStream.range(0, 500).map(i -> (i * i + 2 * i) % 7 % 4).toArray();
        var trainPredicted = IntStream.range(0, 500)
                .map(i -> (i * 7) % 10 < 6 ? trainActual[i] : (i * i + 1) % 4).toArray();
        int[] testPredicted = {0, 2, 2, 2, 1, 0, 1, 1, 1, 0};
        int[] testActual = {0, 1, 2, 2, 1, 0, 2, 1, 0, 2};
        var output = IntStream.concat(IntStream.of(trainPredicted), IntStream.of(testPredicted)).asDoubleStream()
                .toArray();
        var outcome = IntStream.concat(IntStream.of(trainActual), IntStream.of(testActual)).asDoubleStream()
                .toArray();
        var split = new Split[510];
        Arrays.fill(split, 0, 500, Split.TRAIN);
        Arrays.fill(split, 500, 510, Split.TEST);
        var sample = new ScoredSample(TaskType.MULTICLASS, List.of("a", "b", "c", "d"), null, 0.5, output, outcome,
                split, Map.of(), List.of());

        var report = calculator.compute(sample, FAST, Progress.NONE);

        assertThat(report.primaryMetric()).isEqualTo(Metric.ACCURACY);
        assertThat(report.threshold()).isNull();
        assertThat(value(report, Split.TEST, Metric.ACCURACY)).isCloseTo(0.6, within(TOLERANCE));
        assertThat(value(report, Split.TEST, Metric.MACRO_F1)).isCloseTo(0.6031746031746031, within(TOLERANCE));
        assertThat(value(report, Split.TEST, Metric.WEIGHTED_F1)).isCloseTo(0.6, within(TOLERANCE));
        assertThat(value(report, Split.TRAIN, Metric.ACCURACY)).isCloseTo(0.684, within(TOLERANCE));
        assertThat(value(report, Split.TRAIN, Metric.MACRO_F1)).isCloseTo(0.6802149465317924, within(TOLERANCE));
        assertThat(report.split(Split.TEST).orElseThrow().confusion()).isEqualTo(new ConfusionTable(
                List.of("a", "b", "c", "d"), List.of(List.of(2L, 1L, 0L, 0L), List.of(0L, 2L, 1L, 0L),
                List.of(1L, 1L, 2L, 0L), List.of(0L, 0L, 0L, 0L))));
        assertThat(report.gap().value()).isCloseTo(0.684 - 0.6, within(TOLERANCE));
        assertThat(report.method()).endsWith("; macro and weighted F1 over the classes present");
    }

    @Test
    void regression_errors_r2_and_a_capped_deterministic_residual_sample() {
        // train: the generated dataset of the reference script; test: its worked example; holdout: 3000 rows
        var trainActual = IntStream.range(0, 300).mapToDouble(i -> ((i * 17) % 23) / 4.0).toArray();
        var trainPredicted = IntStream.range(0, 300)
                .mapToDouble(i -> trainActual[i] + (((i * 29) % 11) - 5) / 10.0).toArray();
        double[] testPredicted = {2.5, 0.0, 2.0, 8.0};
        double[] testActual = {3.0, -0.5, 2.0, 7.0};
        var holdout = IntStream.range(0, 3000).mapToDouble(i -> i % 17).toArray();
        var output = concat(trainPredicted, testPredicted, holdout);
        var outcome = concat(trainActual, testActual, Arrays.stream(holdout).map(v -> v + 0.5).toArray());
        var split = new Split[output.length];
        Arrays.fill(split, 0, 300, Split.TRAIN);
        Arrays.fill(split, 300, 304, Split.TEST);
        Arrays.fill(split, 304, output.length, Split.HOLDOUT);
        var sample = new ScoredSample(TaskType.REGRESSION, List.of(), null, 0, output, outcome, split, Map.of(),
                List.of());

        var report = calculator.compute(sample, FAST, Progress.NONE);

        assertThat(report.primaryMetric()).isEqualTo(Metric.R2);
        assertThat(value(report, Split.TEST, Metric.RMSE)).isCloseTo(0.6123724356957945, within(TOLERANCE));
        assertThat(value(report, Split.TEST, Metric.MAE)).isCloseTo(0.5, within(TOLERANCE));
        assertThat(value(report, Split.TEST, Metric.R2)).isCloseTo(0.9486081370449679, within(TOLERANCE));
        assertThat(value(report, Split.TRAIN, Metric.R2)).isCloseTo(0.9638100025131943, within(TOLERANCE));
        assertThat(report.gap().value()).isCloseTo(0.9638100025131943 - 0.9486081370449679, within(TOLERANCE));
        var residuals = report.split(Split.HOLDOUT).orElseThrow().residuals();
        assertThat(residuals).hasSize(2000).allSatisfy(p -> assertThat(p.y()).isEqualTo(0.5));
        assertThat(report.split(Split.TEST).orElseThrow().residuals()).hasSize(4);
        assertThat(report.split(Split.TEST).orElseThrow().confusion()).isNull();
        assertThat(calculator.compute(sample, FAST, Progress.NONE).split(Split.HOLDOUT).orElseThrow().residuals())
                .isEqualTo(residuals);
    }

    @Test
    void the_report_serialises_to_plain_json_and_back() {
        var report = calculator.compute(binary(TIES_P, TIES_Y, new double[] {0.2, 0.7}, new int[] {1, 1},
                WORKED_P, WORKED_Y), FAST, Progress.NONE);
        var json = JsonMapper.builder().build();
        var text = json.writeValueAsString(report);
        assertThat(text).doesNotContain("NaN").doesNotContain("Infinity").contains("\"reason\":\"Undefined: only");
        assertThat(json.readValue(text, ValidationReport.class)).isEqualTo(report);
    }

    @Test
    void progress_is_reported_per_split_and_a_cancel_stops_the_computation() {
        var steps = new ArrayList<String>();
        var fractions = new ArrayList<Double>();
        calculator.compute(binary(), FAST, new Progress() {
            @Override
            public void step(String message, double fraction) {
                steps.add(message);
                fractions.add(fraction);
            }

            @Override
            public boolean cancelled() {
                return false;
            }
        });
        assertThat(steps).contains("Train split: resample 200 of 200", "Test split: resample 10 of 200",
                "Validation metrics computed");
        assertThat(fractions).isSorted().last().isEqualTo(1.0);
        assertThat(fractions.get(steps.indexOf("Train split: resample 200 of 200"))).isEqualTo(0.5);

        var asked = new AtomicInteger();
        assertThatThrownBy(() -> calculator.compute(binary(), FAST, new Progress() {
            @Override
            public void step(String message, double fraction) {
            }

            @Override
            public boolean cancelled() {
                return asked.incrementAndGet() > 50;
            }
        })).isInstanceOf(CancellationException.class)
                .hasMessage("Validation metrics were cancelled; nothing was stored.");
    }

    @Test
    void a_sample_that_cannot_be_validated_is_refused_with_a_clear_message() {
        var empty = new ScoredSample(TaskType.BINARY, List.of("no", "yes"), "yes", 0.5, new double[0],
                new double[0], new Split[0], Map.of(), List.of());
        assertThatThrownBy(() -> calculator.compute(empty, FAST, Progress.NONE))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("The scored sample has no rows to validate.");
        var outOfRange = new ScoredSample(TaskType.BINARY, List.of("no", "yes"), "yes", 0.5,
                new double[] {0.5, 1.5}, new double[] {0, 1}, new Split[] {Split.TEST, Split.TEST}, Map.of(),
                List.of());
        assertThatThrownBy(() -> calculator.compute(outOfRange, FAST, Progress.NONE))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("The test rows of the sample cannot be validated: row 1: probability 1.5 is "
                        + "not in [0, 1].");
    }

    @Test
    void settings_are_checked_when_configured() {
        assertThat(ValidationSettings.DEFAULT).isEqualTo(new ValidationSettings(1000, 20260101L, 0.95));
        assertThat(ValidationSettings.DEFAULT.levelPercent()).isEqualTo("95%");
        assertThat(new ValidationSettings(10, 1, 0.975).levelPercent()).isEqualTo("97.5%");
        assertThatThrownBy(() -> new ValidationSettings(5, 1, 0.95))
                .hasMessage("steward.validation.bootstrap-resamples must lie between 10 and 100000, got 5");
        assertThatThrownBy(() -> new ValidationSettings(100, 1, 1.5))
                .hasMessage("steward.validation.confidence-level must lie in [0.5, 1), got 1.5");
    }

    private static double[] concat(double[]... parts) {
        return Arrays.stream(parts).flatMapToDouble(Arrays::stream).toArray();
    }
}
