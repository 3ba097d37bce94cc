package org.steward.dataset;

import java.time.Instant;
import org.steward.base.GovernanceEvent;

/** Someone with the raw-data grant downloaded a stored sample, giving a reason; in the ledger. */
public record DatasetDownloaded(long modelId, long datasetId, String fileName, String sha256, String reason,
                                String actor, Instant at) implements GovernanceEvent {

    @Override
    public String kind() {
        return "DATASET_DOWNLOADED";
    }

    @Override
    public String subject() {
        return "model:" + modelId;
    }

    @Override
    public String summary() {
        return actor + " downloaded the raw data of '" + fileName + "' (SHA-256 " + sha256.substring(0, 12)
                + "…): " + reason;
    }
}
