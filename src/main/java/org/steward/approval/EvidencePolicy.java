package org.steward.approval;

import static org.steward.approval.Evidence.MODEL_CARD;
import static org.steward.approval.Evidence.MONITORING_BASELINE;
import static org.steward.approval.Evidence.VALIDATION_METRICS;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Which evidence each risk level requires before a version may be submitted or approved. High risk needs all of
 * it; medium risk a model card, validation metrics and a monitoring baseline; low risk only the basics every
 * model has (objective and KPIs, risk justification, lineage), which are gates of their own.
 */
public final class EvidencePolicy {

    private static final Map<RiskLevel, Set<Evidence>> REQUIRED = Map.of(
            RiskLevel.HIGH, EnumSet.allOf(Evidence.class),
            RiskLevel.MEDIUM, EnumSet.of(MODEL_CARD, VALIDATION_METRICS, MONITORING_BASELINE),
            RiskLevel.LOW, EnumSet.noneOf(Evidence.class));

    private EvidencePolicy() {
    }

    public static boolean requires(RiskLevel level, Evidence evidence) {
        return REQUIRED.get(level).contains(evidence);
    }

    /** Failed gates may be overridden by an approver, with a rationale, on low-risk models only. */
    public static boolean mayOverrideFailedGates(RiskLevel level) {
        return level == RiskLevel.LOW;
    }

    /** Models of high risk need two distinct approvers: their business owner and a risk officer. */
    public static boolean needsRiskOfficerApproval(RiskLevel level) {
        return level == RiskLevel.HIGH;
    }
}
