package org.steward.statistics;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Metrics of a fixed set of rows that can be recomputed under integer row weights, which is what a bootstrap
 * resample is (each row counted as often as it was drawn), in time linear in the number of rows.
 */
public interface WeightedMetrics {

    /** The metrics {@link #compute} returns, in that order. */
    List<Metric> metrics();

    int rows();

    /**
     * The metrics with each row counted {@code weights[row]} times ({@code null}: once each), in the order of
     * {@link #metrics()}; {@link Double#NaN} where a metric is undefined for these rows. The NaN never leaves the
     * statistics: {@link Estimate} turns it into an absent value with a reason.
     */
    double[] compute(int @Nullable [] weights);
}
