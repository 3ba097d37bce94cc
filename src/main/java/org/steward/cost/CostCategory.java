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

    /** The category named by its code ({@code TRAINING_COMPUTE}, {@code training-compute}) or its label. */
    public static Optional<CostCategory> parse(String text) {
        var code = text.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        return Arrays.stream(values())
                .filter(c -> c.name().equals(code) || c.label.equalsIgnoreCase(text.strip()))
                .findFirst();
    }
}
