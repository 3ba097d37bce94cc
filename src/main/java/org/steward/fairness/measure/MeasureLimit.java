package org.steward.fairness.measure;

/**
 * One rule of a fairness policy, e.g. demographic parity difference ≤ 0.10 or disparate impact ≥ 0.80. The
 * direction is stated for readers of the stored policy and must be the measure's own.
 */
public record MeasureLimit(Measure measure, Direction direction, double limit) {

    /** A limit sent without a direction takes its measure's own. */
    public MeasureLimit {
        if (direction == null && measure != null) {
            direction = measure.direction();
        }
    }

    public static MeasureLimit of(Measure measure, double limit) {
        return new MeasureLimit(measure, measure.direction(), limit);
    }

    /** Whether a value meets this limit; a value exactly on the limit does. */
    public boolean meets(double value) {
        return direction.meets(value, limit);
    }

    /** E.g. "≥ 0.80". */
    public String describe() {
        return direction.symbol() + " " + Numbers.format(limit);
    }
}
