package org.steward.drift;

import java.util.Arrays;

/**
 * How many finite values of a sample fall in each of a fixed set of bins. Counts are exact and add up, so a summary
 * that keeps them beside a sketch gives PSI and Jensen–Shannon on those bins without the sketch's error: a
 * baseline counts its reference at its own decile edges once, and a window counts its values at the same edges.
 */
public record BinCounts(QuantileBins bins, long[] counts) {

    public BinCounts {
        if (counts.length != bins.size()) {
            throw new IllegalArgumentException("Bins " + bins.size() + " but " + counts.length + " counts.");
        }
        counts = counts.clone();
        if (Arrays.stream(counts).anyMatch(c -> c < 0)) {
            throw new IllegalArgumentException("A bin count is never negative.");
        }
    }

    /** The counts of the finite values in the bins (others are data-quality findings, not part of the distribution). */
    public static BinCounts of(QuantileBins bins, double[] values) {
        var counts = new long[bins.size()];
        var edges = bins.edges();
        for (double value : values) {
            if (Double.isFinite(value)) {
                counts[bin(edges, value)]++;
            }
        }
        return new BinCounts(bins, counts);
    }

    /** The reference's deciles and its own counts in them. */
    public static BinCounts deciles(StepCdf reference) {
        var bins = QuantileBins.of(reference, QuantileBins.DEFAULT_BINS);
        return new BinCounts(bins, bins.counts(reference));
    }

    /** Bin i holds the values above i edges and at most the next one. */
    private static int bin(double[] edges, double value) {
        int low = 0;
        int high = edges.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (edges[mid] < value) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    @Override
    public long[] counts() {
        return counts.clone();
    }

    /** Number of values counted. */
    public long n() {
        return Arrays.stream(counts).sum();
    }

    /** The share of the values in each bin. */
    public double[] shares() {
        long n = n();
        if (n == 0) {
            throw new IllegalArgumentException("The sample is empty: drift needs at least one value on each side.");
        }
        return Arrays.stream(counts).mapToDouble(c -> (double) c / n).toArray();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof BinCounts b && bins.equals(b.bins) && Arrays.equals(counts, b.counts);
    }

    @Override
    public int hashCode() {
        return 31 * bins.hashCode() + Arrays.hashCode(counts);
    }

    @Override
    public String toString() {
        return "BinCounts" + Arrays.toString(bins.edges()) + Arrays.toString(counts);
    }
}
