package org.steward.monitoring;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A version's monitoring baseline as stored; immutable, a newer one supersedes it. */
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

    @Column(nullable = false, updatable = false, columnDefinition = "text")
    private String summary = "";

    @Column(name = "created_by", nullable = false, updatable = false, length = 64)
    private String createdBy = "";

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt = Instant.EPOCH;

    protected Baseline() {
    }

    Baseline(long modelId, long versionId, String versionLabel, String source, BaselineSummary summary,
             String createdBy, Instant createdAt) {
        this.modelId = modelId;
        this.versionId = versionId;
        this.versionLabel = versionLabel;
        this.source = source;
        this.rowCount = summary.rows();
        this.featureCount = summary.features().size();
        this.summary = Json.write(summary);
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

    BaselineSummary summary() {
        return Json.read(summary, BaselineSummary.class);
    }

    BaselineView view() {
        var s = summary();
        var features = s.features().stream().map(f -> new BaselineView.FeatureSchema(f.name(), f.kind(), f.count(),
                f.missing(), f.min(), f.max(), f.exact() != null, f.distinct(),
                f.kind() == FeatureKind.CATEGORICAL ? f.categoriesByCount().stream().limit(50).toList()
                        : java.util.List.of())).toList();
        return new BaselineView(id(), modelId, versionId, versionLabel, source, rowCount, features,
                s.referenceAuc(), createdBy, createdAt);
    }
}
