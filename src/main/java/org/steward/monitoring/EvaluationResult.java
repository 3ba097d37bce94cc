package org.steward.monitoring;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.steward.drift.DriftTest;

/**
 * What one evaluation of a window found: the status with its findings, per-feature drift, prediction drift, data
 * quality, performance decay and operational figures, and the policy version that judged it all.
 */
public record EvaluationResult(MonitoringStatus status, List<Finding> findings, List<FeatureDrift> features,
                               @Nullable FeatureDrift prediction, Quality quality,
                               @Nullable Performance performance, Operational operational, int policyVersion,
                               String window) {

    public EvaluationResult {
        findings = List.copyOf(findings);
        features = List.copyOf(features);
    }

    /** One reason for the status, with the level it reaches; GREEN findings are informative. */
    public record Finding(MonitoringStatus level, String area, String reason) {
    }

    /**
     * Drift of one feature (or of the output): the test, its threshold and value, whether it drifted, its severity
     * (how far past the threshold: value / threshold for distances, ln p / ln threshold for p-values; 1 is at the
     * threshold) and the histograms. {@code test} is null when the window had too few values to judge.
     */
    public record FeatureDrift(String name, FeatureKind kind, @Nullable DriftTest test, double threshold,
                               @Nullable Double value, boolean drifted, double severity, boolean exact,
                               long referenceCount, long currentCount, boolean overridden, Histogram histogram,
                               String note) {
    }

    /** Reference and current shares of the same bins (numeric: equal-width ranges; categorical: categories). */
    public record Histogram(List<String> bins, List<Double> reference, List<Double> current) {

        public Histogram {
            bins = List.copyOf(bins);
            reference = List.copyOf(reference);
            current = List.copyOf(current);
        }
    }

    /** Data-quality figures of the window: rates over the cells (or rows) they concern. */
    public record Quality(long rows, double missingRate, double outOfRangeRate, double unseenRate,
                          double typeErrorRate, long duplicateRequestIds, double duplicateRate,
                          List<String> unknownFeatures, List<FeatureQuality> features) {

        public Quality {
            unknownFeatures = List.copyOf(unknownFeatures);
            features = List.copyOf(features);
        }
    }

    /** Counts of one feature's problems in the window. */
    public record FeatureQuality(String name, long missing, long outOfRange, long unseen, long typeErrors) {
    }

    /** ROC AUC on the outcomes joined so far against the reference AUC and where that came from. */
    public record Performance(long outcomes, @Nullable Double auc, @Nullable Double referenceAuc,
                              String referenceSource, @Nullable Double drop) {
    }

    /** Latency percentiles (ms, null without latencies), error rate and throughput (rows per hour, null for one batch). */
    /**
     * @param servedRequests the requests counted by pushed serving statistics, null when none overlap the window;
     *                       when present, the error rate comes from them (they count all traffic, rows may be a
     *                       sample), and so do the latencies if no row has one
     * @param latencySource  "rows", "serving statistics (worst period)" or null when nothing carried a latency
     */
    public record Operational(long rows, long batches, double errorRate, @Nullable Double latencyP50,
                              @Nullable Double latencyP95, @Nullable Double latencyP99,
                              @Nullable Double throughputPerHour, @Nullable Long servedRequests,
                              @Nullable Double cpuPeak, @Nullable Double memoryPeakMb,
                              @Nullable String latencySource) {
    }
}
