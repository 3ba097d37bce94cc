package org.steward.compliance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.steward.compliance.check.ApplicabilityChoice;

/** A risk officer's decision whether a framework applies to a model; never changed, a new decision is a new row. */
@Entity
@Table(name = "compliance_applicability")
class ApplicabilityDecision {

    static final int RATIONALE_MIN = 20;
    static final int RATIONALE_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "model_id", nullable = false, updatable = false)
    private long modelId;

    @Column(name = "framework_code", nullable = false, updatable = false, length = 40)
    private String frameworkCode = "";

    @Column(updatable = false)
    private @Nullable Boolean applies;

    @Column(nullable = false, updatable = false, length = RATIONALE_MAX)
    private String rationale = "";

    @Column(name = "set_by", nullable = false, updatable = false, length = 64)
    private String setBy = "";

    @Column(name = "set_at", nullable = false, updatable = false)
    private Instant setAt = Instant.EPOCH;

    @Version
    private long version;

    protected ApplicabilityDecision() {
    }

    ApplicabilityDecision(long modelId, String frameworkCode, @Nullable Boolean applies, String rationale,
                          String setBy, Instant setAt) {
        this.modelId = modelId;
        this.frameworkCode = frameworkCode;
        this.applies = applies;
        this.rationale = rationale;
        this.setBy = setBy;
        this.setAt = setAt;
    }

    ApplicabilityChoice view() {
        return new ApplicabilityChoice(Objects.requireNonNull(id, "not saved yet"), modelId, frameworkCode, applies,
                rationale, setBy, setAt);
    }
}
