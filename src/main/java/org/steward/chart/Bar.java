package org.steward.chart;

import org.jspecify.annotations.Nullable;

/**
 * One bar of {@link Charts#bars}: a value with an optional interval drawn as a whisker from {@code low} to
 * {@code high} (give both or neither), and a flag that draws the bar in the warning colour.
 */
public record Bar(String category, double value, @Nullable Double low, @Nullable Double high, boolean flagged) {

    /** A bar without an interval. */
    public Bar(String category, double value, boolean flagged) {
        this(category, value, null, null, flagged);
    }
}
