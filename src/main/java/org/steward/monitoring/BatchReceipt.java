package org.steward.monitoring;

import java.time.Instant;

/** The answer to an accepted batch; a retry with the same idempotency key and body gets the same one. */
public record BatchReceipt(long batchId, long modelId, String versionLabel, String idempotencyKey, int rows,
                           Instant observedAt, Instant receivedAt) {
}
