package org.steward.monitoring;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A stored evaluation with its full result, and when the raw feature values of its window's batches were purged
 * (the latest such purge; null while they are all stored). The result stays whatever happens to the raw data.
 */
public record EvaluationView(EvaluationSummary evaluation, EvaluationResult result, @Nullable Instant rawDataPurgedAt) {
}
