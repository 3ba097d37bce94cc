package org.steward.monitoring;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Serving statistics pushed for one period of a version; append-only, accepted once per idempotency key. */
@Entity
@Table(name = "monitoring_serving_period")
class ServingPeriod {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "model_id", nullable = false, updatable = false)
    private long modelId;

    @Column(name = "version_id", nullable = false, updatable = false)
    private long versionId;

    @Column(name = "version_label", nullable = false, updatable = false, length = 64)
    private String versionLabel = "";

    @Column(name = "idempotency_key", nullable = false, updatable = false, length = 128)
    private String idempotencyKey = "";

    @Column(name = "body_sha256", nullable = false, updatable = false, length = 64)
    private String bodySha256 = "";

    @Column(name = "period_start", nullable = false, updatable = false)
    private Instant periodStart = Instant.EPOCH;

    @Column(name = "period_end", nullable = false, updatable = false)
    private Instant periodEnd = Instant.EPOCH;

    @Column(nullable = false, updatable = false)
    private long requests;

    @Column(nullable = false, updatable = false)
    private long errors;

    @Column(name = "latency_p50_ms", updatable = false)
    private @Nullable Double latencyP50Ms;

    @Column(name = "latency_p95_ms", updatable = false)
    private @Nullable Double latencyP95Ms;

    @Column(name = "latency_p99_ms", updatable = false)
    private @Nullable Double latencyP99Ms;

    @Column(name = "cpu_utilisation", updatable = false)
    private @Nullable Double cpuUtilisation;

    @Column(name = "memory_mb", updatable = false)
    private @Nullable Double memoryMb;

    @Column(name = "received_by", nullable = false, updatable = false, length = 64)
    private String receivedBy = "";

    @Column(name = "received_at", nullable = false, updatable = false)
    private Instant receivedAt = Instant.EPOCH;

    protected ServingPeriod() {
    }

    /** {@code stats} must have passed {@link ServingStats#problems}. */
    ServingPeriod(long modelId, long versionId, String versionLabel, String idempotencyKey, String bodySha256,
                  ServingStats stats, String receivedBy, Instant receivedAt) {
        this.modelId = modelId;
        this.versionId = versionId;
        this.versionLabel = versionLabel;
        this.idempotencyKey = idempotencyKey;
        this.bodySha256 = bodySha256;
        this.periodStart = Objects.requireNonNull(stats.periodStart());
        this.periodEnd = Objects.requireNonNull(stats.periodEnd());
        this.requests = Objects.requireNonNull(stats.requests());
        this.errors = Objects.requireNonNull(stats.errors());
        this.latencyP50Ms = stats.latencyP50Ms();
        this.latencyP95Ms = stats.latencyP95Ms();
        this.latencyP99Ms = stats.latencyP99Ms();
        this.cpuUtilisation = stats.cpuUtilisation();
        this.memoryMb = stats.memoryMb();
        this.receivedBy = receivedBy;
        this.receivedAt = receivedAt;
    }

    String bodySha256() {
        return bodySha256;
    }

    ServingPeriodView view() {
        return new ServingPeriodView(Objects.requireNonNull(id), modelId, versionLabel, idempotencyKey, periodStart,
                periodEnd, requests, errors, latencyP50Ms, latencyP95Ms, latencyP99Ms, cpuUtilisation, memoryMb,
                receivedBy, receivedAt);
    }
}
