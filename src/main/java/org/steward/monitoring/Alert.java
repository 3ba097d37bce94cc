package org.steward.monitoring;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.steward.base.ConflictException;

/** An alert a RED evaluation opened; the model's owner acknowledges it once, with a comment. */
@Entity
@Table(name = "monitoring_alert")
class Alert {

    static final int COMMENT_MIN = 10;
    static final int COMMENT_MAX = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "model_id", nullable = false, updatable = false)
    private long modelId;

    @Column(name = "evaluation_id", nullable = false, updatable = false)
    private long evaluationId;

    @Column(name = "version_label", nullable = false, updatable = false, length = 64)
    private String versionLabel = "";

    @Column(nullable = false, updatable = false, length = Evaluation.REASONS_MAX)
    private String reasons = "";

    @Column(name = "retraining_requested", nullable = false, updatable = false)
    private boolean retrainingRequested;

    @Column(name = "opened_at", nullable = false, updatable = false)
    private Instant openedAt = Instant.EPOCH;

    @Column(name = "acknowledged_by", length = 64)
    private @Nullable String acknowledgedBy;

    @Column(name = "acknowledged_at")
    private @Nullable Instant acknowledgedAt;

    @Column(name = "ack_comment", length = COMMENT_MAX)
    private @Nullable String comment;

    @Version
    private long version;

    protected Alert() {
    }

    Alert(long modelId, long evaluationId, String versionLabel, String reasons, boolean retrainingRequested,
          Instant openedAt) {
        this.modelId = modelId;
        this.evaluationId = evaluationId;
        this.versionLabel = versionLabel;
        this.reasons = reasons;
        this.retrainingRequested = retrainingRequested;
        this.openedAt = openedAt;
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("alert not saved yet");
        }
        return id;
    }

    long modelId() {
        return modelId;
    }

    boolean open() {
        return acknowledgedAt == null;
    }

    boolean retrainingRequested() {
        return retrainingRequested;
    }

    String versionLabel() {
        return versionLabel;
    }

    void acknowledge(String by, String why, Instant at) {
        if (!open()) {
            throw new ConflictException("Alert " + id() + " was already acknowledged by " + acknowledgedBy + ".");
        }
        acknowledgedBy = by;
        comment = why;
        acknowledgedAt = at;
    }

    AlertView view() {
        return new AlertView(id(), modelId, evaluationId, versionLabel, reasons, retrainingRequested, openedAt,
                acknowledgedBy, acknowledgedAt, comment, version);
    }
}
