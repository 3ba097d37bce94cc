package org.steward.approval;

import java.util.List;
import java.util.Set;
import org.steward.register.VersionView;

/**
 * Where a version's approval stands for the signed-in user: its gates and decisions so far, and which decisions
 * this user may take now ({@code mayOverride}: whether they may approve despite failed gates).
 */
public record ApprovalState(VersionView version, RiskLevel risk, boolean needsTwoApprovers,
                            List<GateEvaluation> gates, List<DecisionView> decisions, Set<DecisionKind> actions,
                            boolean mayOverride) {
}
