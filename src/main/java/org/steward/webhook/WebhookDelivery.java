package org.steward.webhook;

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

/** One event to deliver to a webhook (an outbox row), with the outcome of its attempts so far. */
@Entity
@Table(name = "webhook_delivery")
class WebhookDelivery {

    static final int ERROR_MAX = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "webhook_id", nullable = false, updatable = false)
    private long webhookId;

    @Column(name = "model_id", nullable = false, updatable = false)
    private long modelId;

    @Column(nullable = false, updatable = false)
    private String event = "";

    @Column(nullable = false, updatable = false, length = 4000)
    private String payload = "";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DeliveryState state = DeliveryState.PENDING;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt = Instant.EPOCH;

    @Column(name = "last_status")
    private @Nullable Integer lastStatus;

    @Column(name = "last_error", length = ERROR_MAX)
    private @Nullable String lastError;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt = Instant.EPOCH;

    @Column(name = "delivered_at")
    private @Nullable Instant deliveredAt;

    protected WebhookDelivery() {
    }

    WebhookDelivery(long webhookId, long modelId, String event, String payload, Instant now) {
        this.webhookId = webhookId;
        this.modelId = modelId;
        this.event = event;
        this.payload = payload;
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("delivery not saved yet");
        }
        return id;
    }

    long webhookId() {
        return webhookId;
    }

    String payload() {
        return payload;
    }

    int attempts() {
        return attempts;
    }

    /** Records an attempt: delivered on a 2xx status, else retried after {@code retryAt} or failed for good. */
    void attempted(@Nullable Integer status, @Nullable String error, Instant now, @Nullable Instant retryAt) {
        attempts++;
        lastStatus = status;
        lastError = error == null ? null : error.substring(0, Math.min(error.length(), ERROR_MAX));
        if (status != null && status / 100 == 2) {
            state = DeliveryState.DELIVERED;
            deliveredAt = now;
        } else if (retryAt == null) {
            state = DeliveryState.FAILED;
        } else {
            state = DeliveryState.PENDING;
            nextAttemptAt = retryAt;
        }
    }

    DeliveryView view() {
        return new DeliveryView(id(), modelId, event, state, attempts, nextAttemptAt, lastStatus, lastError,
                createdAt, deliveredAt);
    }
}
