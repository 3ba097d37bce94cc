package org.steward.approval;

/** Whether an evidence gate is met, not met, or does not apply to the model's risk tier. */
public enum GateOutcome {
    PASS("Pass"), FAIL("Fail"), NOT_APPLICABLE("N/A");

    private final String label;

    GateOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
