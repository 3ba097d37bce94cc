package org.steward.validation;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.steward.dataset.Split;
import org.steward.dataset.TaskType;
import org.steward.statistics.CurvePoint;
import org.steward.statistics.Interval;
import org.steward.statistics.Metric;
import org.steward.statistics.ReliabilityBin;

/**
 * The validation metrics of one scored sample: per split present, every metric with its bootstrap interval, the
 * confusion matrix and the curves; the overfitting gap on the primary metric; and how it was all computed.
 * Undefined values are null with a reason, never NaN, so the report serialises to plain JSON.
 *
 * @param primaryMetric the metric the gap and the gate use: ROC AUC (binary), accuracy (multiclass), R²
 *                      (regression); higher is better for each, so the gap is train − test
 * @param threshold     the decision threshold (binary only)
 * @param classes       the class labels (classification), in the order of the confusion matrix
 * @param method        how the figures were computed, in words, e.g. "Percentile bootstrap, 1000 resamples, …"
 */
public record ValidationReport(TaskType task, Metric primaryMetric, @Nullable Double threshold, List<String> classes,
                               List<SplitResult> splits, OverfittingGap gap, ValidationSettings settings,
                               String method) {

    public ValidationReport {
        classes = List.copyOf(classes);
        splits = List.copyOf(splits);
    }

    public Optional<SplitResult> split(Split split) {
        return splits.stream().filter(s -> s.split() == split).findFirst();
    }

    /** The primary metric's value in a split; null when the split is absent or the metric undefined there. */
    public @Nullable Double primaryValue(Split split) {
        return split(split).flatMap(s -> s.metric(primaryMetric)).map(MetricResult::value).orElse(null);
    }

    /**
     * The figures of one split.
     *
     * @param confusion       counts at the threshold (classification), null for regression
     * @param roc             (false-positive rate, true-positive rate), at most 200 points (binary)
     * @param precisionRecall (recall, precision), at most 200 points (binary)
     * @param reliability     the non-empty bins of the reliability curve (binary)
     * @param residuals       (prediction, outcome − prediction) of at most 2000 rows (regression)
     */
    public record SplitResult(Split split, int rows, List<MetricResult> metrics, @Nullable ConfusionTable confusion,
                              List<CurvePoint> roc, List<CurvePoint> precisionRecall,
                              List<ReliabilityBin> reliability, List<CurvePoint> residuals) {

        public SplitResult {
            metrics = List.copyOf(metrics);
            roc = List.copyOf(roc);
            precisionRecall = List.copyOf(precisionRecall);
            reliability = List.copyOf(reliability);
            residuals = List.copyOf(residuals);
        }

        public Optional<MetricResult> metric(Metric metric) {
            return metrics.stream().filter(m -> m.metric() == metric).findFirst();
        }
    }

    /** A metric's value with its bootstrap interval; where undefined, null with the reason. */
    public record MetricResult(Metric metric, String label, @Nullable Double value, @Nullable Interval interval,
                               @Nullable String reason, boolean primary) {
    }

    /** Counts of (true class, predicted class): row i is the true class {@code labels[i]}, column j the predicted. */
    public record ConfusionTable(List<String> labels, List<List<Long>> counts) {

        public ConfusionTable {
            labels = List.copyOf(labels);
            counts = counts.stream().map(List::copyOf).toList();
        }
    }

    /**
     * Train minus test on the primary metric, with the interval of the paired differences of independent bootstraps
     * of both splits; null with the reason when it cannot be measured.
     */
    public record OverfittingGap(@Nullable Double value, @Nullable Interval interval, @Nullable Double train,
                                 @Nullable Double test, @Nullable String reason) {
    }
}
