package org.steward.register;

/** Risk category under the EU AI Act. */
public enum EuRiskCategory {
    PROHIBITED("Prohibited", "high"),
    HIGH("High risk", "high"),
    LIMITED("Limited risk", "medium"),
    MINIMAL("Minimal risk", "low");

    private final String label;
    private final String level;

    EuRiskCategory(String label, String level) {
        this.label = label;
        this.level = level;
    }

    public String label() {
        return label;
    }

    /** Badge level for display: high, medium or low. */
    public String level() {
        return level;
    }
}
