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

/**
 * An accepted production batch: its idempotency key, the hash of its body, the answer it was given, the id of the
 * key its features are sealed with, and when, by whom and why its raw feature values were purged.
 */
@Entity
@Table(name = "monitoring_batch")
class Batch {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "model_id", nullable = false, updatable = false)
    private long modelId;

    @Column(name = "version_id", nullable = false, updatable = false)
    private long versionId;

    @Column(name = "idempotency_key", nullable = false, updatable = false, length = 128)
    private String idempotencyKey = "";

    @Column(name = "body_sha256", nullable = false, updatable = false, length = 64)
    private String bodySha256 = "";

    @Column(name = "row_count", nullable = false, updatable = false)
    private int rowCount;

    @Column(name = "observed_at", nullable = false, updatable = false)
    private Instant observedAt = Instant.EPOCH;

    @Column(name = "received_at", nullable = false, updatable = false)
    private Instant receivedAt = Instant.EPOCH;

    @Column(name = "received_by", nullable = false, updatable = false, length = 64)
    private String receivedBy = "";

    @Column(nullable = false, columnDefinition = "text")
    private String answer = "";

    // null: stored before encryption at rest (features still plain in the rows), or purged
    @Column(name = "key_id", length = 64)
    private @Nullable String keyId;

    @Column(name = "raw_purged_at")
    private @Nullable Instant rawPurgedAt;

    @Column(name = "raw_purged_by", length = 64)
    private @Nullable String rawPurgedBy;

    @Column(name = "raw_purge_reason", length = RawDataPurge.REASON_MAX)
    private @Nullable String rawPurgeReason;

    protected Batch() {
    }

    Batch(long modelId, long versionId, String idempotencyKey, String bodySha256, int rowCount, Instant observedAt,
          Instant receivedAt, String receivedBy) {
        this.modelId = modelId;
        this.versionId = versionId;
        this.idempotencyKey = idempotencyKey;
        this.bodySha256 = bodySha256;
        this.rowCount = rowCount;
        this.observedAt = observedAt;
        this.receivedAt = receivedAt;
        this.receivedBy = receivedBy;
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("batch not saved yet");
        }
        return id;
    }

    long modelId() {
        return modelId;
    }

    long versionId() {
        return versionId;
    }

    @Nullable String keyId() {
        return keyId;
    }

    void encryptedWith(String keyId) {
        this.keyId = keyId;
    }

    boolean purged() {
        return rawPurgedAt != null;
    }

    void purge(Instant at, String by, String reason) {
        if (rawPurgedAt != null) {
            throw new IllegalStateException("batch " + id + " is already purged");
        }
        rawPurgedAt = at;
        rawPurgedBy = by;
        rawPurgeReason = reason;
        keyId = null;
    }

    @Nullable RawDataPurge purge() {
        return rawPurgedAt == null ? null : new RawDataPurge(rawPurgedAt, Objects.requireNonNull(rawPurgedBy),
                Objects.requireNonNull(rawPurgeReason));
    }

    BatchView view() {
        return new BatchView(id(), modelId, versionId, idempotencyKey, bodySha256, rowCount, observedAt, receivedAt,
                receivedBy, keyId, purge());
    }

    String bodySha256() {
        return bodySha256;
    }

    int rowCount() {
        return rowCount;
    }

    Instant observedAt() {
        return observedAt;
    }

    BatchReceipt answer() {
        return Json.read(answer, BatchReceipt.class);
    }

    void answer(BatchReceipt receipt) {
        this.answer = Json.write(receipt);
    }
}
