package org.steward.register.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Shows the service's field errors (keys such as {@code name}, {@code objective.problemStatement},
 * {@code kpis[0].target}) on the fields they belong to. The server is the single source of validation,
 * so bound fields validate manually.
 */
final class FieldErrors {

    private final Map<String, HasValidation> fields = new HashMap<>();
    private final Set<HasValidation> listenedTo = Collections.newSetFromMap(new IdentityHashMap<>());

    void bind(String key, HasValidation field) {
        field.setManualValidation(true);
        if (field instanceof HasValue<?, ?> input && listenedTo.add(field)) {
            // the user is fixing it: the server's message no longer applies
            input.addValueChangeListener(e -> field.setInvalid(false));
        }
        fields.put(key, field);
    }

    /** Forgets every binding whose key starts with {@code prefix}, e.g. rows that were removed. */
    void unbindAll(String prefix) {
        fields.keySet().removeIf(key -> key.startsWith(prefix));
    }

    void clear() {
        fields.values().forEach(field -> {
            field.setInvalid(false);
            field.setErrorMessage(null);
        });
    }

    /** Marks each field named in {@code errors} invalid; returns the errors that no field could show. */
    Map<String, String> show(Map<String, String> errors) {
        var unshown = new LinkedHashMap<String, String>();
        errors.forEach((key, message) -> {
            var field = fieldFor(key);
            if (field == null) {
                unshown.put(key, message);
            } else if (!field.isInvalid()) {
                field.setErrorMessage(message);
                field.setInvalid(true);
            }
        });
        return unshown;
    }

    /** A notification text summing up the errors, naming those no field shows. */
    static String summary(Map<String, String> errors, Map<String, String> unshown) {
        var parts = new ArrayList<String>();
        var shown = errors.size() - unshown.size();
        if (shown > 0) {
            parts.add(shown == 1 ? "Check the highlighted field." : "Check the " + shown + " highlighted fields.");
        }
        unshown.forEach((key, message) -> parts.add(key + ": " + message));
        return String.join(" ", parts);
    }

    /** The field bound to {@code key} or, failing that, to its nearest parent ({@code tags[2]} → {@code tags}). */
    private @Nullable HasValidation fieldFor(String key) {
        for (String k = key; k != null; k = parent(k)) {
            var field = fields.get(k);
            if (field != null) {
                return field;
            }
        }
        return null;
    }

    private static @Nullable String parent(String key) {
        var cut = Math.max(key.lastIndexOf('.'), key.lastIndexOf('['));
        return cut <= 0 ? null : key.substring(0, cut);
    }
}
