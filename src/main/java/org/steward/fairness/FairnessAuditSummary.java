package org.steward.fairness;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.steward.approval.RiskLevel;
import org.steward.fairness.measure.Verdict;

/**
 * A recorded fairness audit without its full result, for lists and the approval gate.
 *
 * @param policyVersion  the version of the risk level's fairness policy the audit was judged by
 * @param findings       the failing and not evaluable measures, one line each (empty when it passed)
 * @param dueAt          when a re-audit is due: the audit time plus the policy's re-audit days
 * @param dueAnnouncedAt when the audit was announced as due, or null
 */
public record FairnessAuditSummary(long id, long datasetId, long modelId, long versionId, String versionLabel,
                                   String datasetSha256, long policyId, int policyVersion, RiskLevel riskLevel,
                                   Verdict verdict, List<String> findings, String auditedBy, Instant auditedAt,
                                   Instant dueAt, @Nullable Instant dueAnnouncedAt) {

    public FairnessAuditSummary {
        findings = List.copyOf(findings);
    }

    /** The first 12 hex digits of the audited dataset's hash. */
    public String shortHash() {
        return datasetSha256.substring(0, Math.min(12, datasetSha256.length()));
    }

    /** Whether a re-audit is due at {@code now}. */
    public boolean dueBy(Instant now) {
        return !now.isBefore(dueAt);
    }
}
