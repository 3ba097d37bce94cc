package org.steward.monitoring;

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

/** A report on a retraining request; never changed once written. */
@Entity
@Table(name = "monitoring_retraining_report")
class RetrainingReport {

    static final int NOTE_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "alert_id", nullable = false, updatable = false)
    private long alertId;

    @Column(name = "model_id", nullable = false, updatable = false)
    private long modelId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 16)
    private RetrainingState state = RetrainingState.ACCEPTED;

    @Column(name = "version_label", updatable = false, length = 64)
    private @Nullable String versionLabel;

    @Column(updatable = false, length = NOTE_MAX)
    private @Nullable String note;

    @Column(name = "reported_by", nullable = false, updatable = false, length = 64)
    private String reportedBy = "";

    @Column(name = "reported_at", nullable = false, updatable = false)
    private Instant reportedAt = Instant.EPOCH;

    protected RetrainingReport() {
    }

    RetrainingReport(long alertId, long modelId, RetrainingState state, @Nullable String versionLabel,
                     @Nullable String note, String reportedBy, Instant reportedAt) {
        this.alertId = alertId;
        this.modelId = modelId;
        this.state = state;
        this.versionLabel = versionLabel;
        this.note = note;
        this.reportedBy = reportedBy;
        this.reportedAt = reportedAt;
    }

    RetrainingState state() {
        return state;
    }

    RetrainingReportView view() {
        if (id == null) {
            throw new IllegalStateException("report not saved yet");
        }
        return new RetrainingReportView(id, alertId, modelId, state, versionLabel, note, reportedBy, reportedAt);
    }
}
