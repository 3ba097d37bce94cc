package org.steward.monitoring;

import org.steward.base.DomainException;

/** A baseline, batch or outcome list has more rows than the configured limit; answered with HTTP 413. */
public class BatchTooLargeException extends DomainException {

    BatchTooLargeException(String message) {
        super(message);
    }
}
