package org.steward.monitoring;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One report of the model's pipeline on a retraining request. */
public record RetrainingReportView(long id, long alertId, long modelId, RetrainingState state,
                                   @Nullable String versionLabel, @Nullable String note, String reportedBy,
                                   Instant reportedAt) {
}
