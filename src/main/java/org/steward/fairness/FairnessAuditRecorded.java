package org.steward.fairness;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.steward.approval.RiskLevel;
import org.steward.base.GovernanceEvent;
import org.steward.fairness.measure.Verdict;

/** A fairness audit of a version was recorded; published in the audit's transaction for the change log and ledger. */
public record FairnessAuditRecorded(long modelId, long versionId, String label, long auditId, long datasetId,
                                    String datasetSha256, RiskLevel riskLevel, int policyVersion, Verdict verdict,
                                    List<String> failing, String actor, Instant at)
        implements GovernanceEvent {

    public FairnessAuditRecorded {
        failing = List.copyOf(failing);
    }

    @Override
    public String kind() {
        return "FAIRNESS_AUDIT_RECORDED";
    }

    @Override
    public String subject() {
        return "model:" + modelId;
    }

    @Override
    public String summary() {
        var s = "Fairness audit of version " + label + " (dataset " + datasetSha256.substring(0, 12) + ", "
                + riskLevel.label().toLowerCase(Locale.ROOT) + " policy v" + policyVersion + "): "
                + verdict.label().toUpperCase(Locale.ROOT);
        return failing.isEmpty() ? s : s + "; failing: " + String.join("; ", failing);
    }
}
