package org.steward.card;

import org.jspecify.annotations.Nullable;

/**
 * What a reader sends: a clarity rating (1 to 5, a comment optional), or a question, a problem report or a contested
 * decision with a message; a reference (e.g. the application number of the decision) is optional.
 */
public record FeedbackRequest(@Nullable FeedbackKind kind, @Nullable Integer rating, @Nullable String message,
                              @Nullable String reference) {

    public static final int MESSAGE_MIN = 10;
    public static final int MESSAGE_MAX = 2000;
    public static final int REFERENCE_MAX = 80;
    /** Letters, digits and a few separators: a case or application number, never markup. */
    public static final String REFERENCE_PATTERN = "[\\p{L}\\p{N}][\\p{L}\\p{N} ._/#:-]{0,79}";

    public FeedbackRequest {
        message = CardText.clean(message);
        reference = CardText.clean(reference);
    }
}
