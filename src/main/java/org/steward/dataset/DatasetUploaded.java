package org.steward.dataset;

import java.time.Instant;
import java.util.List;
import org.steward.base.GovernanceEvent;

/** A scored sample was stored for a model version; published in the transaction that stores it. */
public record DatasetUploaded(long modelId, long versionId, String versionLabel, long datasetId, String fileName,
                              int rows, String sha256, TaskType task, List<String> dropped, String actor,
                              Instant at) implements GovernanceEvent {

    public DatasetUploaded {
        dropped = List.copyOf(dropped);
    }

    @Override
    public String kind() {
        return "DATASET_UPLOADED";
    }

    @Override
    public String subject() {
        return "model:" + modelId;
    }

    @Override
    public String summary() {
        var s = actor + " uploaded scored sample '" + fileName + "' (" + rows + " rows, SHA-256 "
                + sha256.substring(0, 12) + "…) for version " + versionLabel;
        if (!dropped.isEmpty()) {
            s += ", dropping " + String.join(", ", dropped);
        }
        return s;
    }
}
