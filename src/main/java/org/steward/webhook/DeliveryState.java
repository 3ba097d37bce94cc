package org.steward.webhook;

/** Where a webhook delivery stands. */
public enum DeliveryState {
    /** Waiting for its first or next attempt. */
    PENDING,
    /** Claimed by the worker; if the worker dies, the claim lapses and the delivery is retried. */
    SENDING,
    /** The receiver answered with a 2xx status. */
    DELIVERED,
    /** Every attempt failed; no more are made. */
    FAILED
}
