package org.steward.base;

/** The request collides with the current state: a duplicate, a stale copy or a forbidden transition. */
public class ConflictException extends DomainException {

    public ConflictException(String message) {
        super(message);
    }
}
