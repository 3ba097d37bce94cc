package org.steward.statistics;

import org.jspecify.annotations.Nullable;

/**
 * A metric's point value on the rows with its bootstrap interval. Where the metric is undefined, {@code value} is
 * null and {@code reason} says why; the interval is null where no resample defined it.
 */
public record Estimate(Metric metric, @Nullable Double value, @Nullable Interval interval, @Nullable String reason) {

    /** From a point value that may be NaN (undefined) and the interval of the resamples. */
    public static Estimate of(Metric metric, double value, @Nullable Interval interval) {
        return Double.isNaN(value)
                ? new Estimate(metric, null, interval, "Undefined: " + metric.undefinedWhen() + ".")
                : new Estimate(metric, value, interval, null);
    }
}
