package org.steward.approval;

import java.time.Instant;
import org.steward.base.GovernanceEvent;

/**
 * A business owner delegated their approvals on a model to {@code delegate}, or revoked that delegation; published
 * in the change's transaction for the change log and ledger.
 */
public record ApprovalDelegationChanged(long modelId, boolean revoked, String delegate, String owner,
                                        String rationale, String actor, Instant at) implements GovernanceEvent {

    @Override
    public String kind() {
        return revoked ? "APPROVAL_DELEGATION_REVOKED" : "APPROVAL_DELEGATED";
    }

    @Override
    public String subject() {
        return "model:" + modelId;
    }

    @Override
    public String summary() {
        return revoked
                ? actor + " revoked the delegation of approvals to " + delegate + ": " + rationale
                : actor + " delegated approvals to " + delegate + ": " + rationale;
    }
}
