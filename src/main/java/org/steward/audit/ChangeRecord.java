package org.steward.audit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A change as shown in a history. */
public record ChangeRecord(long id, @Nullable Long modelId, String subject, String kind, String summary, String actor,
                           Instant occurredAt) {
}
