package org.steward.card;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/** What readers said about a model's cards, added up: for the owner's view of the card. */
public record FeedbackSummary(long total, long open, Map<FeedbackKind, Long> byKind, long ratings,
                              @Nullable Double averageRating) {

    public FeedbackSummary {
        byKind = Map.copyOf(byKind);
    }
}
