package org.steward.webhook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A model's webhook: where to send its version status changes, and the secret that signs them. */
@Entity
@Table(name = "webhook")
class Webhook {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "model_id", nullable = false, updatable = false)
    private long modelId;

    @Column(nullable = false, length = 2000)
    private String url = "";

    @Column(nullable = false, length = 128)
    private String secret = "";

    @Column(name = "created_by", nullable = false)
    private String createdBy = "";

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.EPOCH;

    protected Webhook() {
    }

    Webhook(long modelId, String url, String secret, String createdBy, Instant createdAt) {
        this.modelId = modelId;
        this.url = url;
        this.secret = secret;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("webhook not saved yet");
        }
        return id;
    }

    long modelId() {
        return modelId;
    }

    String url() {
        return url;
    }

    String secret() {
        return secret;
    }

    String createdBy() {
        return createdBy;
    }

    Instant createdAt() {
        return createdAt;
    }

    /** A new URL and secret replace the old ones; deliveries already queued go to the new URL. */
    void replace(String newUrl, String newSecret, String actor, Instant now) {
        this.url = newUrl;
        this.secret = newSecret;
        this.createdBy = actor;
        this.createdAt = now;
    }
}
