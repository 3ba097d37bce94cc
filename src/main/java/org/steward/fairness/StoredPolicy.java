package org.steward.fairness;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.steward.approval.RiskLevel;
import org.steward.fairness.measure.FairnessPolicySpec;
import tools.jackson.databind.json.JsonMapper;

/** One version of the fairness policy of a risk level; immutable, a change adds the next version. */
@Entity
@Table(name = "fairness_policy")
class StoredPolicy {

    static final int RATIONALE_MAX = 4000;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "risk_level", nullable = false, updatable = false, length = 16)
    private RiskLevel riskLevel = RiskLevel.HIGH;

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

    protected StoredPolicy() {
    }

    StoredPolicy(RiskLevel riskLevel, int policyVersion, FairnessPolicySpec spec, String rationale, String changedBy,
                 Instant changedAt) {
        this.riskLevel = riskLevel;
        this.policyVersion = policyVersion;
        this.spec = JSON.writeValueAsString(spec);
        this.rationale = rationale;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("fairness policy not saved yet");
        }
        return id;
    }

    RiskLevel riskLevel() {
        return riskLevel;
    }

    int policyVersion() {
        return policyVersion;
    }

    FairnessPolicySpec spec() {
        return JSON.readValue(spec, FairnessPolicySpec.class);
    }

    FairnessPolicyVersion view() {
        return new FairnessPolicyVersion(id(), riskLevel, policyVersion, spec(), rationale, changedBy, changedAt);
    }
}
