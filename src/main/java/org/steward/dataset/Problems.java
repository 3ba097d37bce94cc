package org.steward.dataset;

import java.util.LinkedHashMap;
import java.util.Map;
import org.steward.base.InvalidInputException;

/**
 * What is wrong with an upload, by field ({@code output}, {@code features[age]}, …), collected so that the
 * developer sees every problem at once; after {@value #MOST} fields the rest would only be noise.
 */
final class Problems {

    static final int MOST = 10;

    private final Map<String, String> byField = new LinkedHashMap<>();

    void add(String field, String message) {
        if (byField.containsKey(field)) {
            byField.put(field, byField.get(field) + "; " + message);
        } else if (byField.size() < MOST) {
            byField.put(field, message);
        }
    }

    boolean has(String field) {
        return byField.containsKey(field);
    }

    boolean isEmpty() {
        return byField.isEmpty();
    }

    void throwIfAny() {
        if (!byField.isEmpty()) {
            throw new InvalidInputException(byField);
        }
    }
}
