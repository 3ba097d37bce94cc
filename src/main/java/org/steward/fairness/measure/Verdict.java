package org.steward.fairness.measure;

/** The outcome of checking a measure, or a whole audit, against the fairness policy. */
public enum Verdict {
    PASS("Pass"),
    FAIL("Fail"),
    /** The measure is undefined (a rate is 0/0) or too few groups are large enough to compare. */
    NOT_EVALUABLE("Not evaluable");

    private final String label;

    Verdict(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
