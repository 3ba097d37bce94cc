package org.steward.validation;

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
import org.steward.dataset.TaskType;
import org.steward.statistics.Metric;

/** One computed validation report, immutable: a re-run stores another. */
@Entity
@Table(name = "validation_result")
class StoredValidation {

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
    private TaskType task = TaskType.BINARY;

    @Enumerated(EnumType.STRING)
    @Column(name = "primary_metric", nullable = false, updatable = false, length = 24)
    private Metric primaryMetric = Metric.ROC_AUC;

    @Column(name = "primary_train_value", updatable = false)
    private @Nullable Double primaryTrainValue;

    @Column(name = "primary_test_value", updatable = false)
    private @Nullable Double primaryTestValue;

    @Column(name = "overfitting_gap", updatable = false)
    private @Nullable Double overfittingGap;

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

    protected StoredValidation() {
    }

    StoredValidation(long datasetId, long modelId, long versionId, String versionLabel, String datasetFile,
                     String datasetSha256, ValidationReport report, String reportJson, String computedBy,
                     Instant computedAt) {
        this.datasetId = datasetId;
        this.modelId = modelId;
        this.versionId = versionId;
        this.versionLabel = versionLabel;
        this.datasetFile = datasetFile;
        this.datasetSha256 = datasetSha256;
        this.task = report.task();
        this.primaryMetric = report.primaryMetric();
        this.primaryTrainValue = report.gap().train();
        this.primaryTestValue = report.gap().test();
        this.overfittingGap = report.gap().value();
        this.report = reportJson;
        this.method = report.method();
        this.computedBy = computedBy;
        this.computedAt = computedAt;
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("validation result not saved yet");
        }
        return id;
    }

    long datasetId() {
        return datasetId;
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

    String datasetFile() {
        return datasetFile;
    }

    String datasetSha256() {
        return datasetSha256;
    }

    TaskType task() {
        return task;
    }

    Metric primaryMetric() {
        return primaryMetric;
    }

    @Nullable Double primaryTrainValue() {
        return primaryTrainValue;
    }

    @Nullable Double primaryTestValue() {
        return primaryTestValue;
    }

    @Nullable Double overfittingGap() {
        return overfittingGap;
    }

    String report() {
        return report;
    }

    String method() {
        return method;
    }

    String computedBy() {
        return computedBy;
    }

    Instant computedAt() {
        return computedAt;
    }
}
