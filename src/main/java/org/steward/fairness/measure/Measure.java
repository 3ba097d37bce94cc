package org.steward.fairness.measure;

/**
 * The disparity measures of a binary classifier's decisions across the groups of one sensitive attribute. Rates
 * per group g: selection rate SR = (TP + FP) / n, true-positive rate TPR = TP / (TP + FN), false-positive rate
 * FPR = FP / (FP + TN). "Between groups" and "against reference r" are the two {@link ReferenceMode}s. Only groups
 * of at least the policy's minimum size take part; a measure is undefined (null, with the reason) when a rate it
 * needs is 0/0 in one of them, e.g. the TPR of a group without actual positives.
 */
public enum Measure {

    /**
     * Between groups: max SR − min SR; against r: max over g of |SR_g − SR_r|. 0 is parity. As fairlearn's
     * {@code demographic_parity_difference}.
     */
    DEMOGRAPHIC_PARITY_DIFFERENCE("Demographic parity difference", Direction.AT_MOST),

    /**
     * Between groups: min SR / max SR; against r: min over g of min(SR_g / SR_r, SR_r / SR_g), so that a group
     * selected far more often than the reference also lowers it (fairlearn's {@code method="to_overall"} with the
     * reference in place of the overall rate). 1 is parity; undefined when the denominator rate is 0.
     */
    DEMOGRAPHIC_PARITY_RATIO("Demographic parity ratio", Direction.AT_LEAST),

    /**
     * The larger of the TPR difference and the FPR difference, each defined as the demographic parity
     * difference is on SR. As fairlearn's {@code equalized_odds_difference} (worst case).
     */
    EQUALIZED_ODDS_DIFFERENCE("Equalized odds difference", Direction.AT_MOST),

    /**
     * The smaller of the TPR ratio and the FPR ratio, each defined as the demographic parity ratio is on SR. As
     * fairlearn's {@code equalized_odds_ratio} (worst case).
     */
    EQUALIZED_ODDS_RATIO("Equalized odds ratio", Direction.AT_LEAST),

    /** The TPR difference alone, as fairlearn's {@code equal_opportunity_difference}. */
    EQUAL_OPPORTUNITY_DIFFERENCE("Equal opportunity difference", Direction.AT_MOST),

    /**
     * Each group's SR divided by that of the most-favoured group (highest SR), or of the reference group; the
     * value is the smallest such ratio. One-sided: a group selected more often than the reference is not
     * adversely impacted. The four-fifths rule (US Uniform Guidelines, 29 CFR 1607.4(D)) fails a ratio below
     * 0.8; exactly 0.8 passes.
     */
    DISPARATE_IMPACT("Disparate impact (four-fifths rule)", Direction.AT_LEAST);

    private final String label;
    private final Direction direction;

    Measure(String label, Direction direction) {
        this.label = label;
        this.direction = direction;
    }

    public String label() {
        return label;
    }

    /** Which side of a limit is fair: differences must stay at most, ratios at least their limit. */
    public Direction direction() {
        return direction;
    }
}
