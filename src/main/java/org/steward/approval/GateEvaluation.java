package org.steward.approval;

/** A named gate's result, as shown to reviewers and stored with each decision. */
public record GateEvaluation(String gate, GateOutcome outcome, String reason) {

    public boolean failed() {
        return outcome == GateOutcome.FAIL;
    }
}
