package org.steward.monitoring;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One row as sent: the feature values by name, the model's numeric output (null for a failed request), and in
 * batches the request id, latency and error flag; in baselines an optional outcome.
 */
record ObservationRow(@Nullable String requestId, Map<String, Cell> features, @Nullable Double output,
                      @Nullable Double outcome, @Nullable Double latencyMs, boolean failed) {
}
