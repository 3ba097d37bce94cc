package org.steward.card;

import org.steward.base.ConflictException;

/** Too much feedback from one person in a short time: 429 with Retry-After over the API, a notification in the portal. */
public class FeedbackLimitException extends ConflictException {

    private final long retryAfterSeconds;

    FeedbackLimitException(String message, long retryAfterSeconds) {
        super(message);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
