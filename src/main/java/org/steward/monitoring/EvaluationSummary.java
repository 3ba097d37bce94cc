package org.steward.monitoring;

import java.time.Instant;

/** One point of the status timeline: a version's status after a window, why, and under which policy version. */
public record EvaluationSummary(long id, long modelId, String versionLabel, MonitoringStatus status, String reasons,
                                int policyVersion, long baselineId, long firstBatchId, long lastBatchId,
                                int windowRows, Instant windowEnd, Instant evaluatedAt) {
}
