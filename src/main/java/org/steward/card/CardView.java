package org.steward.card;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A card version as read. {@code number} counts the card versions of one model version from 1; {@code lock} is the
 * optimistic-lock version to send back when saving a draft.
 */
public record CardView(long id, long modelId, long versionId, String versionLabel, int number, CardStatus status,
                       CardText text, String editedBy, Instant editedAt, @Nullable String publishedBy,
                       @Nullable Instant publishedAt, @Nullable String contentSha256, long lock) {

    public boolean published() {
        return status == CardStatus.PUBLISHED;
    }
}
