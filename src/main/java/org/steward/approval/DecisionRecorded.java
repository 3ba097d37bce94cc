package org.steward.approval;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.steward.base.GovernanceEvent;
import org.steward.identity.Role;
import org.steward.register.ApprovalStatus;

/**
 * Someone decided about a model version; published in the decision's transaction for the change log and ledger.
 * {@code onBehalfOf} names the model's owner when the actor decided as their delegate, and is null otherwise.
 */
public record DecisionRecorded(long modelId, long versionId, String label, DecisionKind decision, Role actedAs,
                               String rationale, List<Condition> conditions, List<GateEvaluation> gates,
                               boolean gatesOverridden, ApprovalStatus from, ApprovalStatus to, String actor,
                               Instant at, @Nullable String onBehalfOf) implements GovernanceEvent {

    public DecisionRecorded {
        conditions = List.copyOf(conditions);
        gates = List.copyOf(gates);
    }

    @Override
    public String kind() {
        return "DECISION_" + decision.name();
    }

    @Override
    public String subject() {
        return "model:" + modelId;
    }

    @Override
    public String summary() {
        var as = onBehalfOf == null ? actedAs.label() : actedAs.label() + ", as delegate of " + onBehalfOf;
        var s = actor + " (" + as + ") " + decision.pastTense() + " version " + label;
        if (decision == DecisionKind.APPROVE && to != ApprovalStatus.APPROVED) {
            s += " (first of two approvals)";
        }
        if (gatesOverridden) {
            s += ", overriding failed evidence gates";
        }
        if (!conditions.isEmpty()) {
            s += ", with " + conditions.size() + " condition(s)";
        }
        return s;
    }
}
