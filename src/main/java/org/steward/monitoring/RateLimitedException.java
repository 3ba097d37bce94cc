package org.steward.monitoring;

import org.steward.base.DomainException;

/** An API token sent more ingest requests than its per-minute rate; answered with HTTP 429 and Retry-After. */
public class RateLimitedException extends DomainException {

    private final long retryAfterSeconds;

    RateLimitedException(String message, long retryAfterSeconds) {
        super(message);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
