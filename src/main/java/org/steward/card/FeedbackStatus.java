package org.steward.card;

/** Open feedback waits in the model owner's inbox; closed feedback was answered or needed no answer. */
public enum FeedbackStatus {
    OPEN, CLOSED
}
