package org.steward.register;

/** Where a model version runs. */
public enum Stage {
    DEVELOPMENT("Development"), STAGING("Staging"), PRODUCTION("Production"), RETIRED("Retired");

    private final String label;

    Stage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
