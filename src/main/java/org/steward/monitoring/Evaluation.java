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

/** One stored evaluation of a version's window; immutable. */
@Entity
@Table(name = "monitoring_evaluation")
class Evaluation {

    static final int REASONS_MAX = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "model_id", nullable = false, updatable = false)
    private long modelId;

    @Column(name = "version_id", nullable = false, updatable = false)
    private long versionId;

    @Column(name = "version_label", nullable = false, updatable = false, length = 64)
    private String versionLabel = "";

    @Column(name = "baseline_id", nullable = false, updatable = false)
    private long baselineId;

    @Column(name = "policy_version", nullable = false, updatable = false)
    private int policyVersion;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 8)
    private MonitoringStatus status = MonitoringStatus.GREEN;

    @Column(nullable = false, updatable = false, length = REASONS_MAX)
    private String reasons = "";

    @Column(name = "first_batch_id", nullable = false, updatable = false)
    private long firstBatchId;

    @Column(name = "last_batch_id", nullable = false, updatable = false)
    private long lastBatchId;

    @Column(name = "window_rows", nullable = false, updatable = false)
    private int windowRows;

    @Column(name = "window_end", nullable = false, updatable = false)
    private Instant windowEnd = Instant.EPOCH;

    @Column(nullable = false, updatable = false, columnDefinition = "text")
    private String result = "";

    @Column(name = "evaluated_at", nullable = false, updatable = false)
    private Instant evaluatedAt = Instant.EPOCH;

    protected Evaluation() {
    }

    Evaluation(long modelId, long versionId, String versionLabel, long baselineId, long firstBatchId,
               long lastBatchId, Instant windowEnd, EvaluationResult result, Instant evaluatedAt) {
        this.modelId = modelId;
        this.versionId = versionId;
        this.versionLabel = versionLabel;
        this.baselineId = baselineId;
        this.policyVersion = result.policyVersion();
        this.status = result.status();
        this.reasons = reasons(result);
        this.firstBatchId = firstBatchId;
        this.lastBatchId = lastBatchId;
        this.windowRows = (int) result.operational().rows();
        this.windowEnd = windowEnd;
        this.result = Json.write(result);
        this.evaluatedAt = evaluatedAt;
    }

    private static String reasons(EvaluationResult result) {
        var text = String.join("; ", result.findings().stream()
                .filter(f -> f.level() != MonitoringStatus.GREEN).map(EvaluationResult.Finding::reason).toList());
        if (text.isEmpty()) {
            text = "Within every limit of policy v" + result.policyVersion();
        }
        return text.length() > REASONS_MAX ? text.substring(0, REASONS_MAX - 1) + "…" : text;
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("evaluation not saved yet");
        }
        return id;
    }

    long modelId() {
        return modelId;
    }

    MonitoringStatus status() {
        return status;
    }

    String reasons() {
        return reasons;
    }

    String versionLabel() {
        return versionLabel;
    }

    EvaluationSummary summary() {
        return new EvaluationSummary(id(), modelId, versionLabel, status, reasons, policyVersion, baselineId,
                firstBatchId, lastBatchId, windowRows, windowEnd, evaluatedAt);
    }

    long versionId() {
        return versionId;
    }

    long firstBatchId() {
        return firstBatchId;
    }

    long lastBatchId() {
        return lastBatchId;
    }

    EvaluationResult result() {
        return Json.read(result, EvaluationResult.class);
    }

    EvaluationView view(@Nullable Instant rawDataPurgedAt) {
        return new EvaluationView(summary(), Json.read(result, EvaluationResult.class), rawDataPurgedAt);
    }
}
