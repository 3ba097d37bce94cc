package org.steward.base;

/** The requested item does not exist, or the caller may not know that it does. */
public class NotFoundException extends DomainException {

    public NotFoundException(String message) {
        super(message);
    }
}
