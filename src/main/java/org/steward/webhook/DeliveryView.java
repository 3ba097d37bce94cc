package org.steward.webhook;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A webhook delivery as shown to the model's owner: its state, attempts, last HTTP status and error. */
public record DeliveryView(long id, long modelId, String event, DeliveryState state, int attempts,
                           Instant nextAttemptAt, @Nullable Integer lastStatus, @Nullable String lastError,
                           Instant createdAt, @Nullable Instant deliveredAt) {
}
