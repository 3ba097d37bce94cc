package org.steward.register;

/** Whether a KPI improves as it goes up or down. */
public enum KpiDirection {
    HIGHER_IS_BETTER("Higher is better"), LOWER_IS_BETTER("Lower is better");

    private final String label;

    KpiDirection(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
