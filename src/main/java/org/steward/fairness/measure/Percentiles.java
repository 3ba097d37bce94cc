package org.steward.fairness.measure;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;
import org.steward.fairness.measure.FairnessResult.Estimate;

/** Percentile intervals of bootstrap replicates, interpolated linearly as numpy's default percentile does. */
final class Percentiles {

    private Percentiles() {
    }

    /**
     * The point estimate with the central {@code confidence} percentile interval of the replicates. Replicates
     * where the value is undefined (NaN) are left out; when more than half are, no interval is given.
     */
    static Estimate interval(@Nullable Double value, double[] replicates, double confidence) {
        if (value == null || replicates.length == 0) {
            return Estimate.of(value);
        }
        var defined = Arrays.stream(replicates).filter(v -> !Double.isNaN(v)).sorted().toArray();
        if (defined.length * 2 < replicates.length) {
            return Estimate.of(value);
        }
        double tail = (1 - confidence) / 2;
        return new Estimate(value, quantile(defined, tail), quantile(defined, 1 - tail));
    }

    /** The q-quantile of sorted values with linear interpolation (numpy's "linear" method). */
    static double quantile(double[] sorted, double q) {
        double h = (sorted.length - 1) * q;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
