package org.steward.approval;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A business owner's approvals on one model delegated to another business owner, until revoked. */
@Entity
@Table(name = "approval_delegation")
class Delegation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "model_id", nullable = false, updatable = false)
    private long modelId;

    @Column(nullable = false, updatable = false, length = 64)
    private String delegate = "";

    @Column(name = "granted_by", nullable = false, updatable = false, length = 64)
    private String grantedBy = "";

    @Column(name = "granted_at", nullable = false, updatable = false)
    private Instant grantedAt = Instant.EPOCH;

    @Column(nullable = false, updatable = false, length = DecisionRequest.RATIONALE_MAX)
    private String rationale = "";

    @Column(name = "revoked_at")
    private @Nullable Instant revokedAt;

    @Column(name = "revoked_by", length = 64)
    private @Nullable String revokedBy;

    protected Delegation() {
    }

    Delegation(long modelId, String delegate, String grantedBy, Instant grantedAt, String rationale) {
        this.modelId = modelId;
        this.delegate = delegate;
        this.grantedBy = grantedBy;
        this.grantedAt = grantedAt;
        this.rationale = rationale;
    }

    void revoke(String by, Instant at) {
        this.revokedBy = by;
        this.revokedAt = at;
    }

    long modelId() {
        return modelId;
    }

    String delegate() {
        return delegate;
    }

    String grantedBy() {
        return grantedBy;
    }

    Instant grantedAt() {
        return grantedAt;
    }

    String rationale() {
        return rationale;
    }

    DelegationView view() {
        return new DelegationView(modelId, delegate, grantedBy, grantedAt, rationale);
    }
}
