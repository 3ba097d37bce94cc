package org.steward.explain;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.steward.dataset.TaskType;
import org.steward.explain.method.ExplanationReport;
import org.steward.explain.method.ExplanationReport.Kind;

/**
 * A stored explanation as read: which sample (file and SHA-256) it came from, how it was made, whether it is
 * reliable, the full report and who computed it when.
 *
 * @param fidelity R² of the surrogate on held-out rows (null for imported attributions)
 */
public record ExplanationView(long id, long datasetId, long modelId, long versionId, String versionLabel,
                              String datasetFile, String datasetSha256, Kind kind, TaskType task,
                              @Nullable Double fidelity, boolean reliable, @Nullable String attributionFile,
                              @Nullable String attributionSha256, String method, String computedBy,
                              Instant computedAt, ExplanationReport report) {

    /** The first 12 hex digits of the dataset's hash, for tables and chart captions. */
    public String shortHash() {
        return datasetSha256.substring(0, Math.min(12, datasetSha256.length()));
    }
}
