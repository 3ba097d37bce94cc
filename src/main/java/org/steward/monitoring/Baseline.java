package org.steward.monitoring;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A version's monitoring baseline as stored; a newer one supersedes it. Its summary is sealed in a content row
 * ({@link BaselineSummaries}); only baselines from before encryption at rest keep it in plain text here until the
 * key rotation seals it. Past the retention period its exact values are purged, nothing else changes.
 */
@Entity
@Table(name = "monitoring_baseline")
class Baseline {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "model_id", nullable = false, updatable = false)
    private long modelId;

    @Column(name = "version_id", nullable = false, updatable = false)
    private long versionId;

    @Column(name = "version_label", nullable = false, updatable = false, length = 64)
    private String versionLabel = "";

    @Column(nullable = false, updatable = false, length = 200)
    private String source = "";

    @Column(name = "row_count", nullable = false, updatable = false)
    private int rowCount;

    @Column(name = "feature_count", nullable = false, updatable = false)
    private int featureCount;

    // plain JSON only for baselines stored before encryption at rest; null once sealed
    @Column(columnDefinition = "text")
    private @Nullable String summary;

    @Column(name = "key_id", length = 64)
    private @Nullable String keyId;

    // the stored sample it was built from, if any: its purge purges the exact values here too
    @Column(name = "dataset_id", updatable = false)
    private @Nullable Long datasetId;

    @Column(name = "created_by", nullable = false, updatable = false, length = 64)
    private String createdBy = "";

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt = Instant.EPOCH;

    @Column(name = "exact_purged_at")
    private @Nullable Instant exactPurgedAt;

    @Column(name = "exact_purged_by", length = 64)
    private @Nullable String exactPurgedBy;

    @Column(name = "exact_purge_reason", length = RawDataPurge.REASON_MAX)
    private @Nullable String exactPurgeReason;

    protected Baseline() {
    }

    /** A new baseline whose summary {@link BaselineSummaries} seals under {@code keyId} once it has its id. */
    Baseline(long modelId, long versionId, String versionLabel, String source, @Nullable Long datasetId,
             BaselineSummary summary, String keyId, String createdBy, Instant createdAt) {
        this.modelId = modelId;
        this.versionId = versionId;
        this.versionLabel = versionLabel;
        this.source = source;
        this.datasetId = datasetId;
        this.rowCount = summary.rows();
        this.featureCount = summary.features().size();
        this.keyId = keyId;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("baseline not saved yet");
        }
        return id;
    }

    long modelId() {
        return modelId;
    }

    long versionId() {
        return versionId;
    }

    String versionLabel() {
        return versionLabel;
    }

    int rowCount() {
        return rowCount;
    }

    int featureCount() {
        return featureCount;
    }

    String source() {
        return source;
    }

    @Nullable String keyId() {
        return keyId;
    }

    /** The summary of a baseline stored before encryption at rest; null once it is sealed. */
    @Nullable String plainSummary() {
        return summary;
    }

    void sealedWith(String keyId) {
        this.keyId = keyId;
        this.summary = null;
    }

    boolean exactPurged() {
        return exactPurgedAt != null;
    }

    void purgeExact(Instant at, String by, String reason) {
        exactPurgedAt = at;
        exactPurgedBy = by;
        exactPurgeReason = reason;
    }

    BaselineView view(BaselineSummary s) {
        var features = s.features().stream().map(f -> new BaselineView.FeatureSchema(f.name(), f.kind(), f.count(),
                f.missing(), f.min(), f.max(), f.exact() != null, f.distinct(),
                f.kind() == FeatureKind.CATEGORICAL ? f.categoriesByCount().stream()
                        .filter(c -> f.categories().get(c) >= Evaluator.MIN_NAMED).limit(50).toList()
                        : List.of())).toList();
        var purge = exactPurgedAt == null ? null : new RawDataPurge(exactPurgedAt,
                Objects.requireNonNull(exactPurgedBy), Objects.requireNonNull(exactPurgeReason));
        return new BaselineView(id(), modelId, versionId, versionLabel, source, rowCount, features,
                s.referenceAuc(), createdBy, createdAt, keyId, purge);
    }
}
