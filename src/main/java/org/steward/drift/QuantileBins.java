package org.steward.drift;

import java.util.Arrays;

/**
 * Bins cut at the reference's quantiles (deciles by default): the interior edges are the distinct values among the
 * reference's k/bins quantiles, and a value belongs to bin i when it is above i edges and at most the next one, so
 * a reference with many ties gets fewer, never empty-by-construction, bins.
 */
public record QuantileBins(double[] edges) {

    /** Deciles, as PSI is usually reported. */
    public static final int DEFAULT_BINS = 10;

    public QuantileBins {
        edges = edges.clone();
    }

    /** The bins of a reference distribution. */
    public static QuantileBins of(StepCdf reference, int bins) {
        if (bins < 2) {
            throw new IllegalArgumentException("At least two bins are needed, not " + bins + ".");
        }
        var cuts = new double[bins - 1];
        for (int k = 1; k < bins; k++) {
            cuts[k - 1] = reference.quantile((double) k / bins);
        }
        return new QuantileBins(Arrays.stream(cuts).distinct().sorted().toArray());
    }

    @Override
    public double[] edges() {
        return edges.clone();
    }

    /** Number of bins: one more than the edges. */
    public int size() {
        return edges.length + 1;
    }

    /** The weight of the distribution's observations in each bin: their number for an exact sample. */
    long[] counts(StepCdf distribution) {
        var counts = new long[size()];
        long below = 0;
        for (int e = 0; e < edges.length; e++) {
            long upTo = distribution.weightAtMost(edges[e]);
            counts[e] = upTo - below;
            below = upTo;
        }
        counts[edges.length] = distribution.n() - below;
        return counts;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof QuantileBins b && Arrays.equals(edges, b.edges);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(edges);
    }

    @Override
    public String toString() {
        return "QuantileBins" + Arrays.toString(edges);
    }

    /** The share of the distribution's observations in each bin. */
    public double[] shares(StepCdf distribution) {
        double n = distribution.n();
        return Arrays.stream(counts(distribution)).mapToDouble(c -> c / n).toArray();
    }
}
