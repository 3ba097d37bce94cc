package org.steward.identity.ui;

import com.vaadin.flow.component.shared.HasValidationProperties;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import org.steward.base.InvalidInputException;
import org.steward.base.ui.Notifications;

/** Shows the field errors of an {@link InvalidInputException} on the form fields they belong to. */
final class FieldErrors {

    private final Map<String, HasValidationProperties> fields = new LinkedHashMap<>();

    /** Routes errors about {@code name} (as the service calls the field) to {@code field}. */
    FieldErrors bind(String name, HasValidationProperties field) {
        fields.put(name, field);
        return this;
    }

    void clear() {
        fields.values().forEach(field -> {
            field.setErrorMessage(null);
            field.setInvalid(false);
        });
    }

    /** Marks the named fields; errors about anything else go to an error notification. */
    void show(InvalidInputException e) {
        var unbound = new ArrayList<String>();
        e.fieldErrors().forEach((name, message) -> {
            var field = fields.get(name);
            if (field == null) {
                unbound.add(name + ": " + message);
            } else {
                field.setErrorMessage(capitalise(message));
                field.setInvalid(true);
            }
        });
        if (!unbound.isEmpty()) {
            Notifications.error(String.join("; ", unbound));
        }
    }

    private static String capitalise(String message) {
        return message.isEmpty() ? message : Character.toUpperCase(message.charAt(0)) + message.substring(1);
    }
}
