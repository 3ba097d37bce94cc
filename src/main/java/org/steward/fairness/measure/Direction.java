package org.steward.fairness.measure;

/** Which side of its limit a measure must stay on. */
public enum Direction {
    /** The value must not exceed the limit (differences: lower is fairer). */
    AT_MOST("≤"),
    /** The value must not fall below the limit (ratios: higher is fairer). */
    AT_LEAST("≥");

    private final String symbol;

    Direction(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    /** Whether {@code value} meets {@code limit}; a value exactly on the limit meets it. */
    public boolean meets(double value, double limit) {
        return this == AT_MOST ? value <= limit : value >= limit;
    }
}
