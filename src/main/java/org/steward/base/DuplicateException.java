package org.steward.base;

import java.util.Map;

/** The input is valid but names something that exists already (a model name, a version label): 409. */
public class DuplicateException extends ConflictException implements HasFieldErrors {

    private final Map<String, String> fieldErrors;

    public DuplicateException(String field, String message) {
        super(field + ": " + message);
        this.fieldErrors = Map.of(field, message);
    }

    @Override
    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
