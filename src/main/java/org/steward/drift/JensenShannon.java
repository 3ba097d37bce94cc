package org.steward.drift;

/**
 * Jensen–Shannon distance, the square root of the Jensen–Shannon divergence with natural logarithms (SciPy's
 * {@code jensenshannon} default): 0 for equal distributions, at most √ln 2 ≈ 0.833 for disjoint ones.
 */
public final class JensenShannon {

    private JensenShannon() {
    }

    /** The distance between two distributions over the same bins (each is normalised to sum 1). */
    public static double distance(double[] p, double[] q) {
        Checks.sameLength(p, q);
        double sp = Checks.positiveSum(p);
        double sq = Checks.positiveSum(q);
        double divergence = 0;
        for (int b = 0; b < p.length; b++) {
            double pb = p[b] / sp;
            double qb = q[b] / sq;
            double m = (pb + qb) / 2;
            divergence += relativeEntropy(pb, m) + relativeEntropy(qb, m);
        }
        return Math.sqrt(Math.max(0, divergence / 2));
    }

    private static double relativeEntropy(double x, double y) {
        return x == 0 ? 0 : x * Math.log(x / y);
    }
}
