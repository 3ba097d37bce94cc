package org.steward.monitoring;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One version of a model's monitoring policy; immutable, a change adds the next version. */
@Entity
@Table(name = "monitoring_policy")
class PolicyVersion {

    static final int RATIONALE_MAX = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "model_id", nullable = false, updatable = false)
    private long modelId;

    @Column(name = "policy_version", nullable = false, updatable = false)
    private int policyVersion;

    @Column(nullable = false, updatable = false, columnDefinition = "text")
    private String spec = "";

    @Column(nullable = false, updatable = false, length = RATIONALE_MAX)
    private String rationale = "";

    @Column(name = "changed_by", nullable = false, updatable = false, length = 64)
    private String changedBy = "";

    @Column(name = "changed_at", nullable = false, updatable = false)
    private Instant changedAt = Instant.EPOCH;

    protected PolicyVersion() {
    }

    PolicyVersion(long modelId, int policyVersion, MonitoringPolicySpec spec, String rationale, String changedBy,
                  Instant changedAt) {
        this.modelId = modelId;
        this.policyVersion = policyVersion;
        this.spec = Json.write(spec);
        this.rationale = rationale;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    MonitoringPolicy view() {
        return new MonitoringPolicy(modelId, policyVersion, Json.read(spec, MonitoringPolicySpec.class), rationale,
                changedBy, changedAt);
    }
}
