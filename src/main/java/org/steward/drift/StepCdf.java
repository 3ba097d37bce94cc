package org.steward.drift;

import java.util.Arrays;
import org.apache.datasketches.kll.KllDoublesSketch;
import org.jspecify.annotations.Nullable;

/**
 * The empirical distribution function of a sample: its items in ascending order, each with a weight. An exact sample
 * has every value once with weight 1; a KLL sketch has its retained items with the weights the sketch gives them, so
 * every statistic of this package works on both alike.
 */
public final class StepCdf {

    private final double[] items;
    /** Cumulative weights; null for an exact sample, where the cumulative weight of item i is i + 1. */
    private final long @Nullable [] cumulative;
    private final long n;

    private StepCdf(double[] items, long @Nullable [] cumulative, long n) {
        this.items = items;
        this.cumulative = cumulative;
        this.n = n;
    }

    /** The exact distribution of the values (copied and sorted); every value must be finite. */
    public static StepCdf ofSample(double[] values) {
        requireNonEmpty(values.length);
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException("Value " + (i + 1) + " is " + values[i]
                        + "; drift is measured on finite values only (count missing values as data quality).");
            }
        }
        var sorted = values.clone();
        Arrays.parallelSort(sorted);
        return new StepCdf(sorted, null, sorted.length);
    }

    /** The approximate distribution a KLL sketch retains. */
    public static StepCdf ofSketch(KllDoublesSketch sketch) {
        if (sketch.isEmpty()) {
            requireNonEmpty(0);
        }
        var view = sketch.getSortedView();
        return new StepCdf(view.getQuantiles(), view.getCumulativeWeights(), view.getN());
    }

    private static void requireNonEmpty(long size) {
        if (size == 0) {
            throw new IllegalArgumentException("The sample is empty: drift needs at least one value on each side.");
        }
    }

    /** Number of observations the distribution stands for. */
    public long n() {
        return n;
    }

    /** True when every observation is held (not a sketch). */
    public boolean exact() {
        return cumulative == null;
    }

    int size() {
        return items.length;
    }

    double item(int i) {
        return items[i];
    }

    long cumulativeWeight(int i) {
        return cumulative == null ? i + 1L : cumulative[i];
    }

    /** The share of all observations held by the first count items. */
    double shareOfFirst(int count) {
        return count == 0 ? 0 : (double) cumulativeWeight(count - 1) / n;
    }

    long weight(int i) {
        return i == 0 ? cumulativeWeight(0) : cumulativeWeight(i) - cumulativeWeight(i - 1);
    }

    /** The sorted values of an exact sample (not copied: callers must not change them). */
    double[] sortedValues() {
        if (cumulative != null) {
            throw new IllegalStateException("A sketch keeps no exact values.");
        }
        return items;
    }

    /** F(x): the share of observations at most x. */
    public double cdf(double x) {
        return shareOfFirst(upperBound(x));
    }

    /** The weight of the observations at most x: their number for an exact sample. */
    long weightAtMost(double x) {
        int count = upperBound(x);
        return count == 0 ? 0 : cumulativeWeight(count - 1);
    }

    /** Index of the first item greater than x. */
    private int upperBound(double x) {
        int low = 0;
        int high = items.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (items[mid] <= x) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /**
     * The p-quantile. For an exact sample it is NumPy's default ("linear", Hyndman–Fan type 7) to the last bit; for a
     * sketch the smallest retained item whose cumulative share reaches p.
     */
    public double quantile(double p) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("A quantile's probability lies in [0, 1], not " + p + ".");
        }
        if (cumulative == null) {
            double virtual = (items.length - 1) * p;
            int below = (int) Math.floor(virtual);
            int above = Math.min(below + 1, items.length - 1);
            return lerp(items[below], items[above], virtual - below);
        }
        long target = (long) Math.ceil(p * n);
        for (int i = 0; i < items.length; i++) {
            if (cumulativeWeight(i) >= target) {
                return items[i];
            }
        }
        return items[items.length - 1];
    }

    /** NumPy's _lerp, which interpolates from the nearer end so that the result is monotonic and exact at t = 1. */
    private static double lerp(double a, double b, double t) {
        double difference = b - a;
        return t >= 0.5 ? b - difference * (1 - t) : a + difference * t;
    }

    /** Weighted mean of the observations. */
    public double mean() {
        double sum = 0;
        for (int i = 0; i < items.length; i++) {
            sum += items[i] * weight(i);
        }
        return sum / n;
    }

    /** Population standard deviation (NumPy's default, ddof = 0) of the observations. */
    public double std() {
        double mean = mean();
        double sum = 0;
        for (int i = 0; i < items.length; i++) {
            double d = items[i] - mean;
            sum += d * d * weight(i);
        }
        return Math.sqrt(sum / n);
    }
}
