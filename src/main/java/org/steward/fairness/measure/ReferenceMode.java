package org.steward.fairness.measure;

/** What each group is compared with. */
public enum ReferenceMode {
    /**
     * The groups among themselves: differences are largest minus smallest rate, ratios smallest over largest,
     * i.e. the worst group against the best (fairlearn's {@code method="between_groups"}).
     */
    BETWEEN_GROUPS("Between groups (best vs worst)"),
    /**
     * A named reference group per attribute (e.g. {@code sex → male}); attributes without a named group, and
     * those whose named group is absent or too small, fall back to {@link #BETWEEN_GROUPS} with a warning.
     */
    REFERENCE_GROUP("Against a reference group");

    private final String label;

    ReferenceMode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
