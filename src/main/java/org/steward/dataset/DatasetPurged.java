package org.steward.dataset;

import java.time.Instant;
import org.steward.base.GovernanceEvent;

/**
 * The raw data of a dataset was purged, at the end of its retention period or on an erasure request; its hash and
 * derived results stay. Published in the transaction of the purge.
 */
public record DatasetPurged(long modelId, long datasetId, String versionLabel, String fileName, String sha256,
                            Cause cause, String reason, String actor, Instant at) implements GovernanceEvent {

    /** Why it went. */
    public enum Cause { RETENTION, ERASURE }

    @Override
    public String kind() {
        return cause == Cause.RETENTION ? "DATASET_PURGED" : "DATASET_ERASED";
    }

    @Override
    public String subject() {
        return "model:" + modelId;
    }

    @Override
    public String summary() {
        return (cause == Cause.RETENTION ? "Raw data of scored sample '" : actor + " erased the raw data of '")
                + fileName + "' (version " + versionLabel + ", SHA-256 " + sha256.substring(0, 12) + "…) "
                + (cause == Cause.RETENTION ? "purged: " : "on request: ") + reason
                + ". Its results and hash stay.";
    }
}
