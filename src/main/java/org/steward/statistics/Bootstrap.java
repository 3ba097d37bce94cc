package org.steward.statistics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;

/**
 * The percentile bootstrap: each resample draws n rows with replacement from the n rows (multinomial counts, used
 * as row weights), recomputes the metrics, and the interval at the confidence level is read off the percentiles of
 * the resampled values (numpy's linear interpolation). Seeded, so the same data and seed give the same intervals.
 */
public final class Bootstrap {

    public static final int DEFAULT_RESAMPLES = 1000;
    public static final double DEFAULT_LEVEL = 0.95;
    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    private final int resamples;
    private final long seed;
    private final double level;

    public Bootstrap(int resamples, long seed, double level) {
        if (resamples < 1) {
            throw new IllegalArgumentException("a bootstrap needs at least one resample, got " + resamples);
        }
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("the confidence level must lie between 0 and 1, got " + level);
        }
        this.resamples = resamples;
        this.seed = seed;
        this.level = level;
    }

    public int resamples() {
        return resamples;
    }

    public long seed() {
        return seed;
    }

    public double level() {
        return level;
    }

    /**
     * Recomputes the metrics on every resample. {@code stream} tells independent bootstraps under one seed apart
     * (e.g. one per data split); the listener hears of every resample done and may throw to stop.
     */
    public Resamples resample(WeightedMetrics metrics, int stream, Listener listener) {
        int n = metrics.rows();
        if (n == 0) {
            throw new IllegalArgumentException("there are no rows to resample");
        }
        var random = new SplittableRandom(seed ^ ((stream + 1L) * GOLDEN_GAMMA));
        var values = new double[metrics.metrics().size()][resamples];
        var counts = new int[n];
        for (int r = 0; r < resamples; r++) {
            draw(random, counts);
            var computed = metrics.compute(counts);
            for (int m = 0; m < computed.length; m++) {
                values[m][r] = computed[m];
            }
            listener.resampled(r + 1, resamples);
        }
        return new Resamples(metrics.metrics(), values);
    }

    /** Point values and intervals of every metric: {@link #resample} with the point values of all rows. */
    public List<Estimate> estimates(WeightedMetrics metrics, Resamples resampled) {
        var point = metrics.compute(null);
        var estimates = new ArrayList<Estimate>(point.length);
        for (int m = 0; m < point.length; m++) {
            var metric = metrics.metrics().get(m);
            estimates.add(Estimate.of(metric, point[m], interval(resampled.values(metric))));
        }
        return List.copyOf(estimates);
    }

    /** The percentile interval of the defined (non-NaN) values; null when there are none. */
    public @Nullable Interval interval(double[] values) {
        var defined = Arrays.stream(values).filter(v -> !Double.isNaN(v)).sorted().toArray();
        if (defined.length == 0) {
            return null;
        }
        var tail = (1 - level) / 2;
        return new Interval(percentile(defined, tail), percentile(defined, 1 - tail));
    }

    /** The interval of the paired differences {@code a[r] - b[r]} of two bootstraps, resample by resample. */
    public @Nullable Interval differenceInterval(double[] a, double[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("paired bootstraps need as many resamples each: " + a.length
                    + " and " + b.length);
        }
        var differences = new double[a.length];
        for (int r = 0; r < a.length; r++) {
            differences[r] = a[r] - b[r];
        }
        return interval(differences);
    }

    /** The q-quantile (0 ≤ q ≤ 1) of ascending values, interpolating linearly between neighbours like numpy. */
    public static double percentile(double[] sorted, double q) {
        if (sorted.length == 0) {
            throw new IllegalArgumentException("no values");
        }
        var h = (sorted.length - 1) * q;
        int below = (int) Math.floor(h);
        if (below >= sorted.length - 1) {
            return sorted[sorted.length - 1];
        }
        return sorted[below] + (h - below) * (sorted[below + 1] - sorted[below]);
    }

    /** Fills {@code counts} with how often each of its rows is drawn in n draws with replacement. */
    static void draw(SplittableRandom random, int[] counts) {
        Arrays.fill(counts, 0);
        int n = counts.length;
        for (int i = 0; i < n; i++) {
            counts[random.nextInt(n)]++;
        }
    }

    /** Hears of each resample as it is done; throwing stops the bootstrap. */
    @FunctionalInterface
    public interface Listener {

        Listener NONE = (done, total) -> {
        };

        void resampled(int done, int total);
    }
}
