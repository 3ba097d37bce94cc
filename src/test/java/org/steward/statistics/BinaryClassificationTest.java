package org.steward.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import smile.validation.metric.AUC;
import smile.validation.metric.Accuracy;
import smile.validation.metric.ConfusionMatrix;
import smile.validation.metric.FScore;
import smile.validation.metric.LogLoss;
import smile.validation.metric.Precision;
import smile.validation.metric.Recall;

/**
 * Binary metrics against values computed independently by {@code src/test/python/validation_reference.py}
 * (numpy/scipy), and with unit weights against Smile's implementations.
 */
class BinaryClassificationTest {

    private static final double TOLERANCE = 1e-9;
    private static final List<Metric> METRICS = List.of(Metric.ROC_AUC, Metric.PR_AUC, Metric.ACCURACY,
            Metric.PRECISION, Metric.RECALL, Metric.F1, Metric.LOG_LOSS, Metric.BRIER, Metric.ECE);

    static final double[] WORKED_P = {0.9, 0.8, 0.7, 0.6, 0.55, 0.4, 0.3, 0.2};
    static final int[] WORKED_Y = {1, 0, 1, 1, 0, 0, 1, 0};
    static final double[] TIES_P = {1.0, 0.9, 0.8, 0.8, 0.7, 0.7, 0.7, 0.5, 0.3, 0.3, 0.1, 0.0};
    static final int[] TIES_Y = {1, 1, 1, 0, 1, 0, 0, 1, 0, 1, 0, 0};

    /** The generated dataset of the reference script: p = ((37 i) mod 101) / 100, positive when u < p. */
    static double[] generatedP(int n) {
        return IntStream.range(0, n).mapToDouble(i -> ((i * 37) % 101) / 100.0).toArray();
    }

    static int[] generatedY(int n) {
        var p = generatedP(n);
        return IntStream.range(0, n).map(i -> ((i * 61 + 17) % 97) / 97.0 < p[i] ? 1 : 0).toArray();
    }

    private static void assertMetrics(double[] actual, double... expected) {
        assertThat(actual).hasSize(expected.length);
        for (int m = 0; m < expected.length; m++) {
            assertThat(actual[m]).as(METRICS.get(m).label())
                    .isCloseTo(expected[m], within(TOLERANCE));
        }
    }

    @Test
    void worked_example() {
        var binary = BinaryClassification.of(WORKED_P, WORKED_Y, 0.5);
        assertThat(binary.metrics()).isEqualTo(METRICS);
        // rocAuc, prAuc, accuracy, precision, recall, f1, logLoss, brier, ece: hand-checkable, e.g. AUC = 11/16
        assertMetrics(binary.compute(null), 0.6875, 0.7470238095238095, 0.625, 0.6, 0.75, 0.6666666666666666,
                0.6648435839275698, 0.2365625, 0.43124999999999997);
        assertThat(binary.confusion()).isEqualTo(new BinaryConfusion(3, 2, 2, 1));
        assertThat(binary.rocCurve()).containsExactly(new CurvePoint(0, 0), new CurvePoint(0, 0.25),
                new CurvePoint(0.25, 0.25), new CurvePoint(0.25, 0.5), new CurvePoint(0.25, 0.75),
                new CurvePoint(0.5, 0.75), new CurvePoint(0.75, 0.75), new CurvePoint(0.75, 1.0),
                new CurvePoint(1.0, 1.0));
    }

    @Test
    void tied_scores_form_one_step_and_count_half() {
        var binary = BinaryClassification.of(TIES_P, TIES_Y, 0.5);
        assertMetrics(binary.compute(null), 0.75, 0.7577380952380952, 0.6666666666666666, 0.625,
                0.8333333333333334, 0.7142857142857143, 0.5884764980399319, 0.2166666666666666,
                0.2333333333333333);
        assertThat(binary.confusion()).isEqualTo(new BinaryConfusion(5, 3, 3, 1));
        var roc = binary.rocCurve();
        var expected = new double[][] {{0.0, 0.0}, {0.0, 0.16666666666666666}, {0.0, 0.3333333333333333},
            {0.16666666666666666, 0.5}, {0.5, 0.6666666666666666}, {0.5, 0.8333333333333334},
            {0.6666666666666666, 1.0}, {0.8333333333333334, 1.0}, {1.0, 1.0}};
        assertThat(roc).hasSize(expected.length);
        for (int k = 0; k < expected.length; k++) {
            assertThat(roc.get(k).x()).isCloseTo(expected[k][0], within(TOLERANCE));
            assertThat(roc.get(k).y()).isCloseTo(expected[k][1], within(TOLERANCE));
        }
    }

    @Test
    void reliability_bins_put_scores_on_an_edge_into_the_upper_bin() {
        var bins = BinaryClassification.of(TIES_P, TIES_Y, 0.5).reliability();
        // (bin, meanPredicted, observedRate, count) from the reference script
        double[][] expected = {{0, 0.0, 0.0, 1}, {1, 0.1, 0.0, 1}, {3, 0.3, 0.5, 2}, {5, 0.5, 1.0, 1},
            {7, 0.6999999999999998, 0.3333333333333333, 3}, {8, 0.8, 0.5, 2}, {9, 0.95, 1.0, 2}};
        assertThat(bins).hasSize(expected.length);
        for (int k = 0; k < expected.length; k++) {
            assertThat(bins.get(k).bin()).isEqualTo((int) expected[k][0]);
            assertThat(bins.get(k).meanPredicted()).isCloseTo(expected[k][1], within(TOLERANCE));
            assertThat(bins.get(k).observedRate()).isCloseTo(expected[k][2], within(TOLERANCE));
            assertThat(bins.get(k).count()).isEqualTo((long) expected[k][3]);
        }
        assertThat(IntStream.rangeClosed(0, 10).map(k -> BinaryClassification.binOf(k / 10.0)).toArray())
                .containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 9);
        assertThat(BinaryClassification.binOf(Math.nextDown(0.3))).isEqualTo(2);
    }

    @Test
    void the_threshold_decides_the_confusion_but_not_the_ranking_metrics() {
        var binary = BinaryClassification.of(TIES_P, TIES_Y, 0.7);
        assertMetrics(binary.compute(null), 0.75, 0.7577380952380952, 0.5833333333333334, 0.5714285714285714,
                0.6666666666666666, 0.6153846153846154, 0.5884764980399319, 0.2166666666666666,
                0.2333333333333333);
        assertThat(binary.confusion()).isEqualTo(new BinaryConfusion(4, 3, 3, 2));
    }

    @Test
    void weights_count_rows_as_often_as_repeated() {
        int[] weights = {0, 3, 2, 1, 0, 3, 2, 1, 0, 3, 2, 1};
        var binary = BinaryClassification.of(TIES_P, TIES_Y, 0.5);
        assertMetrics(binary.compute(weights), 0.691358024691358, 0.7740740740740741, 0.5, 0.5,
                0.6666666666666666, 0.5714285714285714, 0.7170809560288381, 0.27444444444444444,
                0.3888888888888889);
    }

    @Test
    void log_loss_clips_certain_mistakes() {
        var binary = BinaryClassification.of(new double[] {1.0, 0.0, 0.3, 0.7}, new int[] {0, 1, 0, 1}, 0.5);
        assertMetrics(binary.compute(null), 0.25, 0.5, 0.5, 0.5, 0.5, 0.5, 17.447925568782253,
                0.5449999999999999, 0.65);
    }

    @Test
    void generated_dataset_of_a_thousand_rows_with_many_ties() {
        var binary = BinaryClassification.of(generatedP(1000), generatedY(1000), 0.5);
        assertMetrics(binary.compute(null), 0.8398769422796882, 0.8399248792877235, 0.755, 0.7584158415841584,
                0.7569169960474308, 0.7576656775469832, 0.49032748797343506, 0.16338460000000002,
                0.01593999999999998);
        assertThat(binary.confusion()).isEqualTo(new BinaryConfusion(383, 122, 372, 123));
        var weights = IntStream.range(0, 1000).map(i -> (i * 13) % 3).toArray();
        assertMetrics(binary.compute(weights), 0.8397967772967773, 0.8389477574741037, 0.7597597597597597,
                0.7619047619047619, 0.7619047619047619, 0.7619047619047619, 0.4916671397680224,
                0.16343553553553553, 0.017687687687687702);
    }

    @Test
    void unit_weights_agree_with_smile() {
        for (var dataset : List.of(new Object[] {WORKED_P, WORKED_Y}, new Object[] {TIES_P, TIES_Y},
                new Object[] {generatedP(1000), generatedY(1000)})) {
            var p = (double[]) dataset[0];
            var y = (int[]) dataset[1];
            var predicted = IntStream.range(0, p.length).map(i -> p[i] >= 0.5 ? 1 : 0).toArray();
            var binary = BinaryClassification.of(p, y, 0.5);
            var ours = binary.compute(null);
            var unit = binary.compute(IntStream.range(0, p.length).map(i -> 1).toArray());
            assertThat(unit).containsExactly(ours);
            assertThat(ours[0]).isCloseTo(AUC.of(y, p), within(1e-12));
            assertThat(ours[2]).isCloseTo(Accuracy.of(y, predicted), within(1e-12));
            assertThat(ours[3]).isCloseTo(Precision.of(y, predicted), within(1e-12));
            assertThat(ours[4]).isCloseTo(Recall.of(y, predicted), within(1e-12));
            assertThat(ours[5]).isCloseTo(FScore.F1.score(y, predicted), within(1e-12));
            var inside = IntStream.range(0, p.length).filter(i -> p[i] > 0 && p[i] < 1).toArray();
            var clippedFree = BinaryClassification.of(IntStream.of(inside).mapToDouble(i -> p[i]).toArray(),
                    IntStream.of(inside).map(i -> y[i]).toArray(), 0.5);
            assertThat(clippedFree.compute(null)[6]).isCloseTo(LogLoss.of(IntStream.of(inside).map(i -> y[i])
                    .toArray(), IntStream.of(inside).mapToDouble(i -> p[i]).toArray()), within(1e-12));
            var smile = ConfusionMatrix.of(y, predicted).matrix();
            assertThat(binary.confusion()).isEqualTo(new BinaryConfusion(smile[1][1], smile[0][1], smile[0][0],
                    smile[1][0]));
        }
    }

    @Test
    void undefined_metrics_are_nan_inside_and_absent_with_a_reason_outside() {
        var onlyPositives = BinaryClassification.of(new double[] {0.2, 0.4, 0.9}, new int[] {1, 1, 1}, 0.95);
        var values = onlyPositives.compute(null);
        assertThat(values[0]).isNaN();
        assertThat(values[3]).as("precision with no predicted positives").isNaN();
        assertThat(values[1]).isEqualTo(1.0);
        assertThat(values[4]).isEqualTo(0.0);
        assertThat(onlyPositives.rocCurve()).isEmpty();

        var onlyNegatives = BinaryClassification.of(new double[] {0.2, 0.4}, new int[] {0, 0}, 0.5);
        var negatives = onlyNegatives.compute(null);
        assertThat(negatives[1]).as("PR AUC without positives").isNaN();
        assertThat(negatives[4]).as("recall without positives").isNaN();
        assertThat(negatives[5]).as("F1 without any positives").isNaN();
        assertThat(onlyNegatives.precisionRecallCurve()).isEmpty();

        var estimate = Estimate.of(Metric.ROC_AUC, values[0], null);
        assertThat(estimate.value()).isNull();
        assertThat(estimate.reason()).isEqualTo("Undefined: only one class among the outcomes.");
    }

    @Test
    void precision_recall_curve_starts_at_full_precision_and_ends_at_full_recall() {
        var curve = BinaryClassification.of(WORKED_P, WORKED_Y, 0.5).precisionRecallCurve();
        assertThat(curve.getFirst()).isEqualTo(new CurvePoint(0, 1));
        assertThat(curve.get(1)).isEqualTo(new CurvePoint(0.25, 1));
        assertThat(curve.get(2)).isEqualTo(new CurvePoint(0.25, 0.5));
        assertThat(curve.getLast()).isEqualTo(new CurvePoint(1, 0.5));
    }

    @Test
    void bad_input_is_refused_with_the_row() {
        assertThatThrownBy(() -> BinaryClassification.of(new double[] {0.5, 1.2}, new int[] {0, 1}, 0.5))
                .hasMessage("row 1: probability 1.2 is not in [0, 1]");
        assertThatThrownBy(() -> BinaryClassification.of(new double[] {0.5, Double.NaN}, new int[] {0, 1}, 0.5))
                .hasMessage("row 1: probability NaN is not in [0, 1]");
        assertThatThrownBy(() -> BinaryClassification.of(new double[] {0.5}, new int[] {2}, 0.5))
                .hasMessage("row 0: outcome 2 is neither 0 nor 1");
        assertThatThrownBy(() -> BinaryClassification.of(new double[] {0.5}, new int[] {0, 1}, 0.5))
                .hasMessage("1 probabilities but 2 outcomes");
    }
}
