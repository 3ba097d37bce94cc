package org.steward.statistics;

/** A confidence interval, both ends included. */
public record Interval(double low, double high) {

    public Interval {
        if (!(low <= high)) {
            throw new IllegalArgumentException("an interval needs low <= high, got [" + low + ", " + high + "]");
        }
    }

    public boolean contains(double value) {
        return low <= value && value <= high;
    }

    public double width() {
        return high - low;
    }
}
