package org.steward.validation;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.steward.dataset.TaskType;
import org.steward.statistics.Metric;

/**
 * A stored validation result as read: which sample (file and SHA-256) it came from, the headline figures, the full
 * report and who computed it when.
 */
public record ValidationView(long id, long datasetId, long modelId, long versionId, String versionLabel,
                             String datasetFile, String datasetSha256, TaskType task, Metric primaryMetric,
                             @Nullable Double primaryTrainValue, @Nullable Double primaryTestValue,
                             @Nullable Double overfittingGap, String method, String computedBy, Instant computedAt,
                             ValidationReport report) {

    /** The first 12 hex digits of the dataset's hash, for tables and chart captions. */
    public String shortHash() {
        return datasetSha256.substring(0, Math.min(12, datasetSha256.length()));
    }
}
