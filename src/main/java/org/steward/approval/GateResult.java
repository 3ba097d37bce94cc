package org.steward.approval;

/** What one evidence gate found, with the reason in words. */
public record GateResult(GateOutcome outcome, String reason) {

    public static GateResult pass(String reason) {
        return new GateResult(GateOutcome.PASS, reason);
    }

    public static GateResult fail(String reason) {
        return new GateResult(GateOutcome.FAIL, reason);
    }

    public static GateResult notApplicable(String reason) {
        return new GateResult(GateOutcome.NOT_APPLICABLE, reason);
    }
}
