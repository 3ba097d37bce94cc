package org.steward.validation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.steward.base.InvalidInputException;
import org.steward.dataset.Progress;
import org.steward.dataset.ScoredSample;
import org.steward.dataset.Split;
import org.steward.dataset.TaskType;
import org.steward.statistics.BinaryClassification;
import org.steward.statistics.Bootstrap;
import org.steward.statistics.CurvePoint;
import org.steward.statistics.Estimate;
import org.steward.statistics.Metric;
import org.steward.statistics.MulticlassClassification;
import org.steward.statistics.Regression;
import org.steward.statistics.WeightedMetrics;
import org.steward.validation.ValidationReport.ConfusionTable;
import org.steward.validation.ValidationReport.MetricResult;
import org.steward.validation.ValidationReport.OverfittingGap;
import org.steward.validation.ValidationReport.SplitResult;

/**
 * Computes the validation report of a scored sample: for each split present, every metric of its task with a
 * percentile bootstrap interval (an independent bootstrap per split, under one seed), and the overfitting gap on
 * the primary metric. Pure: no Spring, no database.
 */
public final class ValidationCalculator {

    static final int CURVE_POINTS = 200;
    static final int RESIDUAL_POINTS = 2000;
    private static final int PROGRESS_STEPS = 20;

    /** The primary metric of each task: the gap and the approval gate look at it. */
    public static Metric primaryMetric(TaskType task) {
        return switch (task) {
            case BINARY -> Metric.ROC_AUC;
            case MULTICLASS -> Metric.ACCURACY;
            case REGRESSION -> Metric.R2;
        };
    }

    /**
     * @throws CancellationException when {@code progress} reports that the user cancelled
     * @throws InvalidInputException when the sample cannot be validated (no rows, values out of range)
     */
    public ValidationReport compute(ScoredSample sample, ValidationSettings settings, Progress progress) {
        if (sample.rows() == 0) {
            throw InvalidInputException.of("sample", "The scored sample has no rows to validate.");
        }
        var bootstrap = new Bootstrap(settings.resamples(), settings.seed(), settings.level());
        var primary = primaryMetric(sample.task());
        var present = Arrays.stream(Split.values()).filter(sample::has).toList();
        var results = new ArrayList<SplitResult>();
        var primaryResamples = new EnumMap<Split, double[]>(Split.class);
        for (int s = 0; s < present.size(); s++) {
            var split = present.get(s);
            checkCancelled(progress);
            var rows = sample.rowsOf(split);
            var computed = computeSplit(sample, split, rows, bootstrap,
                    listener(progress, split, s, present.size()));
            results.add(computed.result());
            primaryResamples.put(split, computed.primaryResamples());
        }
        progress.step("Validation metrics computed", 1);
        var threshold = sample.task() == TaskType.BINARY ? sample.threshold() : null;
        return new ValidationReport(sample.task(), primary, threshold, sample.classes(), results,
                gap(primary, results, primaryResamples, bootstrap), settings, method(sample, settings));
    }

    private record Computed(SplitResult result, double[] primaryResamples) {
    }

    private Computed computeSplit(ScoredSample sample, Split split, int[] rows, Bootstrap bootstrap,
                                  Bootstrap.Listener listener) {
        var output = pick(sample.output(), rows);
        var outcome = pick(sample.outcome(), rows);
        try {
            return switch (sample.task()) {
                case BINARY -> binary(sample, split, output, outcome, bootstrap, listener);
                case MULTICLASS -> multiclass(sample, split, output, outcome, bootstrap, listener);
                case REGRESSION -> regression(split, output, outcome, bootstrap, listener);
            };
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("sample", "The " + split.label().toLowerCase() + " rows of the sample "
                    + "cannot be validated: " + e.getMessage() + ".");
        }
    }

    private Computed binary(ScoredSample sample, Split split, double[] output, double[] outcome, Bootstrap bootstrap,
                            Bootstrap.Listener listener) {
        var metrics = BinaryClassification.of(output, integers(outcome, "outcome"), sample.threshold());
        var estimated = estimate(metrics, split, bootstrap, listener, Metric.ROC_AUC);
        var labels = binaryLabels(sample);
        var c = metrics.confusion();
        var confusion = new ConfusionTable(labels, List.of(List.of(c.trueNegatives(), c.falsePositives()),
                List.of(c.falseNegatives(), c.truePositives())));
        return new Computed(new SplitResult(split, output.length, estimated.results(), confusion,
                CurvePoint.thin(metrics.rocCurve(), CURVE_POINTS),
                CurvePoint.thin(metrics.precisionRecallCurve(), CURVE_POINTS), metrics.reliability(), List.of()),
                estimated.primaryResamples());
    }

    private Computed multiclass(ScoredSample sample, Split split, double[] output, double[] outcome,
                                Bootstrap bootstrap, Bootstrap.Listener listener) {
        var metrics = MulticlassClassification.of(integers(output, "predicted class"), integers(outcome, "outcome"),
                sample.classes().size());
        var estimated = estimate(metrics, split, bootstrap, listener, Metric.ACCURACY);
        var counts = Arrays.stream(metrics.confusion())
                .map(row -> Arrays.stream(row).boxed().toList()).toList();
        return new Computed(new SplitResult(split, output.length, estimated.results(),
                new ConfusionTable(sample.classes(), counts), List.of(), List.of(), List.of(), List.of()),
                estimated.primaryResamples());
    }

    private Computed regression(Split split, double[] output, double[] outcome, Bootstrap bootstrap,
                                Bootstrap.Listener listener) {
        var metrics = Regression.of(output, outcome);
        var estimated = estimate(metrics, split, bootstrap, listener, Metric.R2);
        return new Computed(new SplitResult(split, output.length, estimated.results(), null, List.of(), List.of(),
                List.of(), metrics.residuals(RESIDUAL_POINTS)), estimated.primaryResamples());
    }

    private record Estimated(List<MetricResult> results, double[] primaryResamples) {
    }

    private static Estimated estimate(WeightedMetrics metrics, Split split, Bootstrap bootstrap,
                                      Bootstrap.Listener listener, Metric primary) {
        var resamples = bootstrap.resample(metrics, split.ordinal(), listener);
        var results = bootstrap.estimates(metrics, resamples).stream().map(e -> result(e, primary)).toList();
        return new Estimated(results, resamples.values(primary));
    }

    private static MetricResult result(Estimate e, Metric primary) {
        return new MetricResult(e.metric(), e.metric().label(), e.value(), e.interval(), e.reason(),
                e.metric() == primary);
    }

    private static OverfittingGap gap(Metric metric, List<SplitResult> results, Map<Split, double[]> resamples,
                                      Bootstrap bootstrap) {
        var train = primaryValue(results, Split.TRAIN, metric);
        var test = primaryValue(results, Split.TEST, metric);
        if (!resamples.containsKey(Split.TRAIN)) {
            return new OverfittingGap(null, null, null, test, "No train rows: the overfitting gap cannot be measured.");
        }
        if (!resamples.containsKey(Split.TEST)) {
            return new OverfittingGap(null, null, train, null, "No test rows: the overfitting gap cannot be measured.");
        }
        if (train == null || test == null) {
            var undefined = train == null ? Split.TRAIN : Split.TEST;
            return new OverfittingGap(null, null, train, test, "The " + undefined.label().toLowerCase() + " "
                    + metric.label() + " is undefined (" + metric.undefinedWhen() + "): the overfitting gap cannot "
                    + "be measured.");
        }
        return new OverfittingGap(train - test, bootstrap.differenceInterval(resamples.get(Split.TRAIN),
                resamples.get(Split.TEST)), train, test, null);
    }

    private static @Nullable Double primaryValue(List<SplitResult> results, Split split, Metric metric) {
        return results.stream().filter(r -> r.split() == split).findFirst().flatMap(r -> r.metric(metric))
                .map(MetricResult::value).orElse(null);
    }

    /** The labels of a binary confusion matrix: the other class first, then the positive class. */
    private static List<String> binaryLabels(ScoredSample sample) {
        var positive = sample.positiveClass() == null ? "positive" : sample.positiveClass();
        var negative = sample.classes().stream().filter(c -> !c.equals(positive)).findFirst()
                .orElse("not " + positive);
        return List.of(negative, positive);
    }

    static String method(ScoredSample sample, ValidationSettings settings) {
        var method = "Percentile bootstrap, " + settings.resamples() + " resamples, seed " + settings.seed() + ", "
                + settings.levelPercent() + " level, one bootstrap per split";
        return switch (sample.task()) {
            case BINARY -> method + "; threshold " + plain(sample.threshold()) + " (positive when score ≥ threshold)"
                    + "; log loss in natural log with probabilities clipped to [1e-15, 1 − 1e-15]"
                    + "; calibration in 10 equal-width bins";
            case MULTICLASS -> method + "; macro and weighted F1 over the classes present";
            case REGRESSION -> method + "; R² = 1 − SS_res / SS_tot";
        };
    }

    private static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static Bootstrap.Listener listener(Progress progress, Split split, int index, int splits) {
        return (done, total) -> {
            checkCancelled(progress);
            int every = Math.max(1, total / PROGRESS_STEPS);
            if (done % every == 0 || done == total) {
                progress.step(split.label() + " split: resample " + done + " of " + total,
                        (index + done / (double) total) / splits);
            }
        };
    }

    private static void checkCancelled(Progress progress) {
        if (progress.cancelled()) {
            throw new CancellationException("Validation metrics were cancelled; nothing was stored.");
        }
    }

    private static double[] pick(double[] values, int[] rows) {
        var picked = new double[rows.length];
        for (int k = 0; k < rows.length; k++) {
            picked[k] = values[rows[k]];
        }
        return picked;
    }

    private static int[] integers(double[] values, String what) {
        return IntStream.range(0, values.length).map(i -> {
            var v = values[i];
            if (v != Math.rint(v) || Math.abs(v) > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("row " + i + ": " + what + " " + v + " is not a class index");
            }
            return (int) v;
        }).toArray();
    }
}
