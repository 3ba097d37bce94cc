package org.steward.protection;

import java.time.Instant;
import org.steward.base.GovernanceEvent;

/** A model's data-protection facts changed; published in the transaction of the change. */
public record DataProtectionChanged(long modelId, String facts, String actor, Instant at) implements GovernanceEvent {

    @Override
    public String kind() {
        return "DATA_PROTECTION_CHANGED";
    }

    @Override
    public String subject() {
        return "model:" + modelId;
    }

    @Override
    public String summary() {
        return actor + " recorded the data-protection facts: " + facts;
    }
}
