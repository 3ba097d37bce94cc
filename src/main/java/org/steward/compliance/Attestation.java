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
import org.steward.compliance.check.AttestationView;

/** A manual attestation of one requirement for a model; only its withdrawal ever changes it. */
@Entity
@Table(name = "compliance_attestation")
class Attestation {

    static final int STATEMENT_MIN = 20;
    static final int STATEMENT_MAX = 4000;
    static final int REASON_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "model_id", nullable = false, updatable = false)
    private long modelId;

    @Column(name = "framework_code", nullable = false, updatable = false, length = 40)
    private String frameworkCode = "";

    @Column(name = "framework_revision", nullable = false, updatable = false)
    private int frameworkRevision;

    @Column(name = "requirement_code", nullable = false, updatable = false, length = 40)
    private String requirementCode = "";

    @Column(nullable = false, updatable = false, length = STATEMENT_MAX)
    private String statement = "";

    @Column(name = "file_name", nullable = false, updatable = false)
    private String fileName = "";

    @Column(name = "file_type", nullable = false, updatable = false, length = 120)
    private String fileType = "";

    @Column(name = "file_size", nullable = false, updatable = false)
    private long fileSize;

    @Column(name = "file_sha256", nullable = false, updatable = false, length = 64)
    private String fileSha256 = "";

    @Column(name = "attested_by", nullable = false, updatable = false, length = 64)
    private String attestedBy = "";

    @Column(name = "attested_at", nullable = false, updatable = false)
    private Instant attestedAt = Instant.EPOCH;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt = Instant.EPOCH;

    @Column(name = "withdrawn_by", length = 64)
    private @Nullable String withdrawnBy;

    @Column(name = "withdrawn_at")
    private @Nullable Instant withdrawnAt;

    @Column(name = "withdrawal_reason", length = REASON_MAX)
    private @Nullable String withdrawalReason;

    @Version
    private long version;

    protected Attestation() {
    }

    Attestation(long modelId, String frameworkCode, int frameworkRevision, String requirementCode, String statement,
                String fileName, String fileType, long fileSize, String fileSha256, String attestedBy,
                Instant attestedAt, Instant expiresAt) {
        this.modelId = modelId;
        this.frameworkCode = frameworkCode;
        this.frameworkRevision = frameworkRevision;
        this.requirementCode = requirementCode;
        this.statement = statement;
        this.fileName = fileName;
        this.fileType = fileType;
        this.fileSize = fileSize;
        this.fileSha256 = fileSha256;
        this.attestedBy = attestedBy;
        this.attestedAt = attestedAt;
        this.expiresAt = expiresAt;
    }

    long id() {
        return Objects.requireNonNull(id, "not saved yet");
    }

    long modelId() {
        return modelId;
    }

    boolean withdrawn() {
        return withdrawnAt != null;
    }

    void withdraw(String by, Instant at, String reason) {
        withdrawnBy = by;
        withdrawnAt = at;
        withdrawalReason = reason;
    }

    AttestationView view() {
        return new AttestationView(id(), modelId, frameworkCode, frameworkRevision, requirementCode, statement,
                fileName, fileType, fileSize, fileSha256, attestedBy, attestedAt, expiresAt, withdrawnBy, withdrawnAt,
                withdrawalReason);
    }
}
