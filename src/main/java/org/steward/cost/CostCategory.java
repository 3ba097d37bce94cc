package org.steward.cost;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a cost was spent on. */
public enum CostCategory {
    TRAINING_COMPUTE("Training compute"),
    INFERENCE_COMPUTE("Inference compute"),
    STORAGE("Storage"),
    DATA("Data acquisition and labelling"),
    LICENCES("Licences"),
    PEOPLE("People"),
    MONITORING("Monitoring"),
    OTHER("Other");

    private final String label;

    CostCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /**
     * The category named by its code or its label, ignoring case, spaces, dashes and underscores:
     * {@code TRAINING_COMPUTE}, {@code training-compute} and {@code Training compute} are the same.
     */
    public static Optional<CostCategory> parse(String text) {
        var wanted = key(text);
        return Arrays.stream(values()).filter(c -> key(c.name()).equals(wanted) || key(c.label).equals(wanted))
                .findFirst();
    }

    private static String key(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }
}
