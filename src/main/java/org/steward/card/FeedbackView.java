package org.steward.card;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** Feedback on a card as its submitter and the model's owner read it; {@code lock} is sent back to answer it. */
public record FeedbackView(long id, long cardId, long modelId, String modelName, String versionLabel,
                           FeedbackKind kind, @Nullable Integer rating, @Nullable String message,
                           @Nullable String reference, FeedbackStatus status, String submittedBy,
                           Instant submittedAt, @Nullable String reply, @Nullable String repliedBy,
                           @Nullable Instant repliedAt, @Nullable Instant closedAt, long lock) {
}
