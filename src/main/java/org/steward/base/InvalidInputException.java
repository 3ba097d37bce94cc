package org.steward.base;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Input failed validation; {@link #fieldErrors()} maps each offending field to what is wrong with it. */
public class InvalidInputException extends DomainException implements HasFieldErrors {

    private final Map<String, String> fieldErrors;

    public InvalidInputException(Map<String, String> fieldErrors) {
        super(describe(fieldErrors));
        this.fieldErrors = Collections.unmodifiableMap(new LinkedHashMap<>(fieldErrors));
    }

    public static InvalidInputException of(String field, String message) {
        return new InvalidInputException(Map.of(field, message));
    }

    @Override
    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }

    private static String describe(Map<String, String> errors) {
        if (errors.size() == 1) {
            var e = errors.entrySet().iterator().next();
            return e.getKey() + ": " + e.getValue();
        }
        return errors.size() + " fields are invalid: " + String.join(", ", errors.keySet());
    }
}
