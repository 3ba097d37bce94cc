package org.steward.register;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.steward.base.ConflictException;

@Entity
@Table(name = "model_version")
class ModelVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "model_id", nullable = false, updatable = false)
    private long modelId;

    @Column(nullable = false, updatable = false)
    private String label = "";

    @Column(nullable = false)
    private String algorithm = "";

    private @Nullable String framework;

    @Column(name = "training_date")
    private @Nullable LocalDate trainingDate;

    @Column(name = "artifact_sha256")
    private @Nullable String artifactSha256;

    @Column(name = "training_data_sha256")
    private @Nullable String trainingDataSha256;

    @Column(name = "code_commit")
    private @Nullable String codeCommit;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_version_id")
    private @Nullable ModelVersion parent;

    @Column(name = "training_data_description")
    private @Nullable String trainingDataDescription;

    @Column(name = "evaluation_data_description")
    private @Nullable String evaluationDataDescription;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Stage stage = Stage.DEVELOPMENT;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ApprovalStatus status = ApprovalStatus.DRAFT;

    @Column(name = "registered_by", nullable = false, updatable = false)
    private String registeredBy = "";

    @Column(name = "registered_at", nullable = false, updatable = false)
    private Instant registeredAt = Instant.EPOCH;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt = Instant.EPOCH;

    @Version
    private long version;

    protected ModelVersion() {
    }

    ModelVersion(long modelId, VersionDetails details, @Nullable ModelVersion parent, String registeredBy, Instant now) {
        this.modelId = modelId;
        this.label = details.label();
        this.registeredBy = registeredBy;
        this.registeredAt = now;
        this.artifactSha256 = details.artifactSha256();
        this.trainingDataSha256 = details.trainingDataSha256();
        this.codeCommit = details.codeCommit();
        this.parent = parent;
        this.trainingDate = details.trainingDate();
        applyDescriptive(details, now);
    }

    /** Lineage names exactly what was approved; once a version leaves DRAFT it can no longer change. */
    List<String> lineageChanges(VersionDetails d, @Nullable ModelVersion newParent) {
        var changed = new ArrayList<String>();
        if (!Objects.equals(artifactSha256, d.artifactSha256())) {
            changed.add("artifactSha256");
        }
        if (!Objects.equals(trainingDataSha256, d.trainingDataSha256())) {
            changed.add("trainingDataSha256");
        }
        if (!Objects.equals(codeCommit, d.codeCommit())) {
            changed.add("codeCommit");
        }
        if (!Objects.equals(trainingDate, d.trainingDate())) {
            changed.add("trainingDate");
        }
        if (parent != newParent) {
            changed.add("parentLabel");
        }
        return changed;
    }

    void update(VersionDetails d, @Nullable ModelVersion newParent, Instant now) {
        artifactSha256 = d.artifactSha256();
        trainingDataSha256 = d.trainingDataSha256();
        codeCommit = d.codeCommit();
        trainingDate = d.trainingDate();
        parent = newParent;
        applyDescriptive(d, now);
    }

    private void applyDescriptive(VersionDetails d, Instant now) {
        algorithm = d.algorithm().strip();
        framework = d.framework();
        trainingDataDescription = d.trainingDataDescription();
        evaluationDataDescription = d.evaluationDataDescription();
        stage = d.stage();
        updatedAt = now;
    }

    /**
     * Moves the version along the approval workflow's transition table, keeping the stage consistent: deployed
     * versions run in production, retired ones are retired, and an approved version leaves development for staging.
     */
    void moveTo(ApprovalStatus next, Instant now) {
        if (!status.canMoveTo(next)) {
            throw new ConflictException(status.whyNot(next));
        }
        status = next;
        stage = switch (next) {
            case DEPLOYED -> Stage.PRODUCTION;
            case RETIRED -> Stage.RETIRED;
            case APPROVED -> stage == Stage.DEVELOPMENT ? Stage.STAGING : stage;
            case SUSPENDED -> stage == Stage.PRODUCTION ? Stage.STAGING : stage;
            default -> stage;
        };
        updatedAt = now;
    }

    /** Records that a decision was taken without a status change, so that concurrent decisions conflict. */
    void touch(Instant now) {
        updatedAt = now;
    }

    /** Only used by start-up seeding for statuses the approval workflow cannot reach honestly yet. */
    void seed(ApprovalStatus status, Stage stage) {
        this.status = status;
        this.stage = stage;
    }

    VersionDetails details() {
        return new VersionDetails(label, algorithm, framework, trainingDate, artifactSha256, trainingDataSha256,
                codeCommit, parent == null ? null : parent.label(), trainingDataDescription, evaluationDataDescription,
                stage);
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("version not saved yet");
        }
        return id;
    }

    long modelId() {
        return modelId;
    }

    String label() {
        return label;
    }

    Stage stage() {
        return stage;
    }

    ApprovalStatus status() {
        return status;
    }

    String registeredBy() {
        return registeredBy;
    }

    Instant registeredAt() {
        return registeredAt;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    long version() {
        return version;
    }
}
