package org.steward.register;

/** The organisation's own risk tier, justified in writing. */
public enum InternalRiskTier {
    LOW("Low"), MEDIUM("Medium"), HIGH("High");

    private final String label;

    InternalRiskTier(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String level() {
        return name().toLowerCase();
    }
}
