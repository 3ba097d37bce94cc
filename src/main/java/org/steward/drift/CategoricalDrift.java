package org.steward.drift;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.commons.statistics.inference.ChiSquareTest;

/**
 * Drift of a categorical feature from category counts: PSI and Jensen–Shannon distance over the union of categories,
 * Pearson's chi-square test of independence on the 2 × k table (no continuity correction, as SciPy's
 * {@code chi2_contingency(correction=False)}), and the categories the reference never saw with their share.
 */
public record CategoricalDrift(long referenceCount, long currentCount, double psi, double jensenShannon,
        double chiSquare, int degreesOfFreedom, double pValue, List<String> unseen, double unseenShare) {

    public CategoricalDrift {
        unseen = List.copyOf(unseen);
    }

    /** Compares the current counts with the reference counts (a negative count is refused). */
    public static CategoricalDrift compare(Map<String, Long> reference, Map<String, Long> current) {
        var categories = new TreeSet<String>(reference.keySet());
        categories.addAll(current.keySet());
        int k = categories.size();
        var table = new long[2][k];
        var unseen = new java.util.ArrayList<String>();
        long unseenCount = 0;
        int column = 0;
        for (var category : categories) {
            table[0][column] = count(reference, category);
            table[1][column] = count(current, category);
            if (table[0][column] == 0) {
                unseen.add(category);
                unseenCount += table[1][column];
            }
            column++;
        }
        long nr = sum(table[0]);
        long nc = sum(table[1]);
        if (nr == 0 || nc == 0) {
            throw new IllegalArgumentException("Both sides need at least one observation (" + nr + " and " + nc + ").");
        }
        double[] r = shares(table[0], nr);
        double[] c = shares(table[1], nc);
        double chi = 0;
        double p = 1;
        if (k > 1) {
            var result = ChiSquareTest.withDefaults().test(table);
            chi = result.getStatistic();
            p = result.getPValue();
        }
        return new CategoricalDrift(nr, nc, PopulationStability.index(r, c), JensenShannon.distance(r, c), chi,
                k - 1, p, unseen, (double) unseenCount / nc);
    }

    private static long count(Map<String, Long> counts, String category) {
        long n = counts.getOrDefault(category, 0L);
        if (n < 0) {
            throw new IllegalArgumentException("Category '" + category + "' has a negative count " + n + ".");
        }
        return n;
    }

    private static long sum(long[] values) {
        long s = 0;
        for (long v : values) {
            s += v;
        }
        return s;
    }

    private static double[] shares(long[] counts, long total) {
        var shares = new double[counts.length];
        for (int i = 0; i < counts.length; i++) {
            shares[i] = (double) counts[i] / total;
        }
        return shares;
    }
}
