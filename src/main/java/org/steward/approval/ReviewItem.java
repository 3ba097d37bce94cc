package org.steward.approval;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A submitted version waiting for someone's review; {@code owner} is the model's business owner, {@code submittedBy}
 * and {@code submittedAt} are those of the latest submission (absent for versions seeded straight into review).
 */
public record ReviewItem(long modelId, String modelName, long versionId, String label, String owner,
                         String registeredBy, @Nullable String submittedBy, @Nullable Instant submittedAt) {
}
