package org.steward.approval;

import java.time.Instant;
import java.util.List;
import org.steward.identity.Role;
import org.steward.register.ApprovalStatus;

/** A decision as shown to users and returned by the API, with the gate results it was taken on. */
public record DecisionView(long id, long modelId, long versionId, String label, DecisionKind kind, String actor,
                           Role actedAs, String rationale, List<Condition> conditions, ApprovalStatus from,
                           ApprovalStatus to, boolean gatesOverridden, List<GateEvaluation> gates, Instant at) {
}
