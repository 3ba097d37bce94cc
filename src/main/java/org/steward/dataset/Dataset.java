package org.steward.dataset;

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
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/** The metadata of a stored scored sample; its content is a {@link DatasetContent} of its own, loaded on demand. */
@Entity
@Table(name = "dataset")
class Dataset {

    static final int FILE_NAME_MAX = 255;
    static final int PURGE_REASON_MAX = 2000;
    private static final int HASH_LENGTH = 64;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "model_id", nullable = false, updatable = false)
    private long modelId;

    @Column(name = "version_id", nullable = false, updatable = false)
    private long versionId;

    @Column(name = "version_label", nullable = false, updatable = false)
    private String versionLabel = "";

    @Column(name = "file_name", nullable = false, updatable = false, length = FILE_NAME_MAX)
    private String fileName = "";

    // char(64) in the schema: hashes are always 64 hexadecimal digits
    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(nullable = false, updatable = false, length = HASH_LENGTH)
    private String sha256 = "";

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long sizeBytes;

    @Column(name = "stored_bytes", nullable = false, updatable = false)
    private long storedBytes;

    @Column(name = "row_count", nullable = false, updatable = false)
    private int rows;

    @Column(name = "column_count", nullable = false, updatable = false)
    private int columns;

    @Column(name = "schema_json", nullable = false, updatable = false, columnDefinition = "text")
    private String schema = "[]";

    @Column(name = "mapping_json", nullable = false, updatable = false, columnDefinition = "text")
    private String mapping = "{}";

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "mapping_sha256", nullable = false, updatable = false, length = HASH_LENGTH)
    private String mappingSha256 = "";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private TaskType task = TaskType.BINARY;

    @Column(name = "uploaded_by", nullable = false, updatable = false)
    private String uploadedBy = "";

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private Instant uploadedAt = Instant.EPOCH;

    // null: stored before encryption at rest (V12); the key rotation job encrypts it
    @Column(name = "key_id")
    private @Nullable String keyId;

    @Column(name = "purged_at")
    private @Nullable Instant purgedAt;

    @Column(name = "purged_by")
    private @Nullable String purgedBy;

    @Column(name = "purge_reason", length = PURGE_REASON_MAX)
    private @Nullable String purgeReason;

    @Version
    private long version;

    protected Dataset() {
    }

    Dataset(long modelId, long versionId, String versionLabel, String fileName, String sha256, long sizeBytes,
            long storedBytes, int rows, int columns, String schema, String mapping, String mappingSha256,
            TaskType task, String uploadedBy, Instant uploadedAt) {
        this.modelId = modelId;
        this.versionId = versionId;
        this.versionLabel = versionLabel;
        this.fileName = fileName;
        this.sha256 = sha256;
        this.sizeBytes = sizeBytes;
        this.storedBytes = storedBytes;
        this.rows = rows;
        this.columns = columns;
        this.schema = schema;
        this.mapping = mapping;
        this.mappingSha256 = mappingSha256;
        this.task = task;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("dataset not saved yet");
        }
        return id;
    }

    long modelId() {
        return modelId;
    }

    @Nullable String keyId() {
        return keyId;
    }

    boolean purged() {
        return purgedAt != null;
    }

    void encryptedWith(String keyId) {
        this.keyId = keyId;
    }

    /** Marks the raw data gone; the row with its hash, schema and mapping stays, as do the results derived from it. */
    void purge(Instant at, String by, String reason) {
        if (purgedAt != null) {
            throw new IllegalStateException("dataset " + id + " is already purged");
        }
        purgedAt = at;
        purgedBy = by;
        purgeReason = reason;
        keyId = null;
    }

    String schema() {
        return schema;
    }

    String mapping() {
        return mapping;
    }

    DatasetView view() {
        return new DatasetView(id(), modelId, versionId, versionLabel, fileName, sha256, sizeBytes, storedBytes,
                rows, columns, DatasetJson.mapping(mapping), uploadedBy, uploadedAt, keyId,
                purgedAt == null ? null : new DatasetView.Purge(purgedAt, java.util.Objects.requireNonNull(purgedBy),
                        java.util.Objects.requireNonNull(purgeReason)));
    }
}
