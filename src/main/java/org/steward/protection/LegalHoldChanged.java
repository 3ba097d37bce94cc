package org.steward.protection;

import java.time.Instant;
import org.steward.base.GovernanceEvent;

/** A legal hold on a model's raw samples was placed or lifted, with the reason; in the ledger. */
public record LegalHoldChanged(long modelId, boolean hold, String rationale, String actor, Instant at)
        implements GovernanceEvent {

    @Override
    public String kind() {
        return hold ? "LEGAL_HOLD_PLACED" : "LEGAL_HOLD_LIFTED";
    }

    @Override
    public String subject() {
        return "model:" + modelId;
    }

    @Override
    public String summary() {
        return actor + (hold ? " placed a legal hold on the model's raw samples: " : " lifted the legal hold: ")
                + rationale;
    }
}
