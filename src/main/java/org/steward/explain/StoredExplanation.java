package org.steward.explain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.steward.dataset.DatasetView;
import org.steward.dataset.TaskType;
import org.steward.explain.method.ExplanationReport;
import org.steward.explain.method.ExplanationReport.Kind;

/** One computed explanation, immutable: a re-run stores another. */
@Entity
@Table(name = "explanation_result")
class StoredExplanation {

    static final int METHOD_MAX = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "dataset_id", nullable = false, updatable = false)
    private long datasetId;

    @Column(name = "model_id", nullable = false, updatable = false)
    private long modelId;

    @Column(name = "version_id", nullable = false, updatable = false)
    private long versionId;

    @Column(name = "version_label", nullable = false, updatable = false, length = 64)
    private String versionLabel = "";

    @Column(name = "dataset_file", nullable = false, updatable = false)
    private String datasetFile = "";

    @Column(name = "dataset_sha256", nullable = false, updatable = false, length = 64)
    private String datasetSha256 = "";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 16)
    private Kind kind = Kind.SURROGATE;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 16)
    private TaskType task = TaskType.BINARY;

    @Column(updatable = false)
    private @Nullable Double fidelity;

    @Column(nullable = false, updatable = false)
    private boolean reliable;

    @Column(name = "attribution_file", updatable = false)
    private @Nullable String attributionFile;

    @Column(name = "attribution_sha256", updatable = false, length = 64)
    private @Nullable String attributionSha256;

    @Column(nullable = false, updatable = false, columnDefinition = "text")
    private String report = "";

    @Column(nullable = false, updatable = false, length = METHOD_MAX)
    private String method = "";

    @Column(name = "computed_by", nullable = false, updatable = false, length = 64)
    private String computedBy = "";

    @Column(name = "computed_at", nullable = false, updatable = false)
    private Instant computedAt = Instant.EPOCH;

    @Version
    private long version;

    protected StoredExplanation() {
    }

    StoredExplanation(DatasetView dataset, ExplanationReport report, String reportJson,
                      @Nullable String attributionFile, @Nullable String attributionSha256, String computedBy,
                      Instant computedAt) {
        this.datasetId = dataset.id();
        this.modelId = dataset.modelId();
        this.versionId = dataset.versionId();
        this.versionLabel = dataset.versionLabel();
        this.datasetFile = dataset.fileName();
        this.datasetSha256 = dataset.sha256();
        this.kind = report.kind();
        this.task = report.task();
        this.fidelity = report.fidelity() == null ? null : report.fidelity().r2();
        this.reliable = report.reliable();
        this.attributionFile = attributionFile;
        this.attributionSha256 = attributionSha256;
        this.report = reportJson;
        this.method = report.method().length() > METHOD_MAX ? report.method().substring(0, METHOD_MAX)
                : report.method();
        this.computedBy = computedBy;
        this.computedAt = computedAt;
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("explanation not saved yet");
        }
        return id;
    }

    ExplanationView view(ExplanationReport parsed) {
        return new ExplanationView(id(), datasetId, modelId, versionId, versionLabel, datasetFile, datasetSha256,
                kind, task, fidelity, reliable, attributionFile, attributionSha256, method, computedBy, computedAt,
                parsed);
    }

    String report() {
        return report;
    }
}
