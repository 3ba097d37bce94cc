package org.steward.webhook;

import java.time.Instant;

/** A model's webhook as shown after creation: never with its secret. */
public record WebhookView(long modelId, String url, String createdBy, Instant createdAt) {
}
