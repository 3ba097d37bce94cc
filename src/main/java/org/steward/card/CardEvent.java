package org.steward.card;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.steward.base.GovernanceEvent;

/**
 * Something happened to a model card or its feedback; the change log and the ledger record every one. Feedback
 * events carry the SHA-256 of the text, not the text itself: the ledger can never be edited, and what a person wrote
 * stays in the feedback table, where it can be answered and, if need be, erased.
 */
public sealed interface CardEvent extends GovernanceEvent {

    long modelId();

    @Override
    default String subject() {
        return "model:" + modelId();
    }

    /** A draft card was started or its authored text changed. */
    record CardDraftSaved(long modelId, long cardId, String versionLabel, int number, String actor, Instant at)
            implements CardEvent {
        public String kind() {
            return "MODEL_CARD_DRAFT_SAVED";
        }

        public String summary() {
            return "Saved draft " + number + " of the model card of version " + versionLabel;
        }
    }

    /** A card version was published: its content is frozen under {@code contentSha256}. */
    record CardPublished(long modelId, long cardId, String versionLabel, int number, String contentSha256,
                         int completeness, String actor, Instant at) implements CardEvent {
        public String kind() {
            return "MODEL_CARD_PUBLISHED";
        }

        public String summary() {
            return "Published card " + number + " of version " + versionLabel + " (" + completeness
                    + "% complete, content " + contentSha256.substring(0, 12) + ")";
        }
    }

    /** Someone who read a published card rated it, asked, reported a problem or contested a decision. */
    record FeedbackReceived(long modelId, long cardId, long feedbackId, String versionLabel, FeedbackKind feedback,
                            @Nullable Integer rating, @Nullable String messageSha256, @Nullable String reference,
                            String actor, Instant at) implements CardEvent {
        public String kind() {
            return "MODEL_CARD_FEEDBACK_RECEIVED";
        }

        public String summary() {
            return actor + " sent " + feedback.label().toLowerCase(java.util.Locale.ROOT) + " on the card of version "
                    + versionLabel + (rating == null ? "" : " (" + rating + " of 5)");
        }
    }

    /** The model's owner answered feedback (and closed it), or closed it without an answer. */
    record FeedbackClosed(long modelId, long feedbackId, String versionLabel, boolean replied,
                          @Nullable String replySha256, String actor, Instant at) implements CardEvent {
        public String kind() {
            return replied ? "MODEL_CARD_FEEDBACK_ANSWERED" : "MODEL_CARD_FEEDBACK_CLOSED";
        }

        public String summary() {
            return (replied ? "Answered and closed" : "Closed") + " feedback " + feedbackId + " on the card of version "
                    + versionLabel;
        }
    }
}
