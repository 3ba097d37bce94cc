package org.steward.base;

/** A rule of the register was broken; the message tells the user what to do about it. */
public abstract class DomainException extends RuntimeException {

    protected DomainException(String message) {
        super(message);
    }
}
