package org.steward.base;

/** The signed-in user holds a role that may act here, but not on this particular item. */
public class PermissionDeniedException extends DomainException {

    public PermissionDeniedException(String message) {
        super(message);
    }
}
