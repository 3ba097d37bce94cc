package org.steward.monitoring;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A monitoring alert as read; open while {@code acknowledgedAt} is null. */
public record AlertView(long id, long modelId, long evaluationId, String versionLabel, String reasons,
                        boolean retrainingRequested, Instant openedAt, @Nullable String acknowledgedBy,
                        @Nullable Instant acknowledgedAt, @Nullable String comment, long version) {

    public boolean open() {
        return acknowledgedAt == null;
    }
}
