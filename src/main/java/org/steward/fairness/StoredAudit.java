package org.steward.fairness;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.steward.approval.RiskLevel;
import org.steward.fairness.measure.FairnessResult;
import org.steward.fairness.measure.Verdict;
import tools.jackson.databind.json.JsonMapper;

/**
 * One recorded fairness audit. Its result never changes (every column is insert-only); only the note that its
 * re-audit was announced as due is added later.
 */
@Entity
@Table(name = "fairness_audit")
class StoredAudit {

    static final int FINDINGS_MAX = 2000;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "dataset_id", nullable = false, updatable = false)
    private long datasetId;

    @Column(name = "model_id", nullable = false, updatable = false)
    private long modelId;

    @Column(name = "version_id", nullable = false, updatable = false)
    private long versionId;

    @Column(name = "version_label", nullable = false, updatable = false, length = 64)
    private String versionLabel = "";

    @Column(name = "dataset_sha256", nullable = false, updatable = false, length = 64)
    private String datasetSha256 = "";

    @Column(name = "policy_id", nullable = false, updatable = false)
    private long policyId;

    @Column(name = "policy_version", nullable = false, updatable = false)
    private int policyVersion;

    @Enumerated(EnumType.STRING)
    @Column(name = "risk_level", nullable = false, updatable = false, length = 16)
    private RiskLevel riskLevel = RiskLevel.HIGH;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 16)
    private Verdict verdict = Verdict.NOT_EVALUABLE;

    @Column(nullable = false, updatable = false, length = FINDINGS_MAX)
    private String findings = "";

    @Column(nullable = false, updatable = false, columnDefinition = "text")
    private String result = "";

    @Column(name = "audited_by", nullable = false, updatable = false, length = 64)
    private String auditedBy = "";

    @Column(name = "audited_at", nullable = false, updatable = false)
    private Instant auditedAt = Instant.EPOCH;

    @Column(name = "due_at", nullable = false, updatable = false)
    private Instant dueAt = Instant.EPOCH;

    @Column(name = "due_announced_at")
    private @Nullable Instant dueAnnouncedAt;

    @Version
    private long version;

    protected StoredAudit() {
    }

    StoredAudit(long datasetId, long modelId, long versionId, String versionLabel, String datasetSha256,
                StoredPolicy policy, FairnessResult result, String auditedBy, Instant auditedAt) {
        this.datasetId = datasetId;
        this.modelId = modelId;
        this.versionId = versionId;
        this.versionLabel = versionLabel;
        this.datasetSha256 = datasetSha256;
        this.policyId = policy.id();
        this.policyVersion = policy.policyVersion();
        this.riskLevel = policy.riskLevel();
        this.verdict = result.verdict();
        this.findings = findings(result);
        this.result = JSON.writeValueAsString(result);
        this.auditedBy = auditedBy;
        this.auditedAt = auditedAt;
        this.dueAt = auditedAt.plus(Duration.ofDays(policy.spec().reauditDays()));
    }

    /** The failing and not evaluable measures, one per line, shortened to fit the column. */
    static String findings(FairnessResult result) {
        var lines = new ArrayList<String>(result.failing());
        lines.addAll(result.notEvaluable());
        var text = String.join("\n", lines);
        return text.length() <= FINDINGS_MAX ? text : text.substring(0, FINDINGS_MAX - 1) + "…";
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("fairness audit not saved yet");
        }
        return id;
    }

    FairnessAuditSummary summary() {
        return new FairnessAuditSummary(id(), datasetId, modelId, versionId, versionLabel, datasetSha256, policyId,
                policyVersion, riskLevel, verdict, findings.isEmpty() ? List.of()
                        : List.of(findings.split("\n")), auditedBy, auditedAt, dueAt, dueAnnouncedAt);
    }

    FairnessAuditView view() {
        return new FairnessAuditView(summary(), JSON.readValue(result, FairnessResult.class));
    }
}
