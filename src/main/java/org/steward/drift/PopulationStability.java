package org.steward.drift;

/**
 * Population stability index Σ (c − r)·ln(c / r) over bins or categories, with reference shares r and current shares
 * c. An empty bin would make it infinite, so a share of 0 counts as {@link #EMPTY_SHARE} (Evidently's choice).
 */
public final class PopulationStability {

    /** The share an empty bin counts as. */
    public static final double EMPTY_SHARE = 1e-4;

    private PopulationStability() {
    }

    /** PSI of the current shares against the reference shares (same bins, same order). */
    public static double index(double[] reference, double[] current) {
        Checks.sameLength(reference, current);
        double psi = 0;
        for (int b = 0; b < reference.length; b++) {
            double r = reference[b] == 0 ? EMPTY_SHARE : reference[b];
            double c = current[b] == 0 ? EMPTY_SHARE : current[b];
            psi += (c - r) * Math.log(c / r);
        }
        return psi;
    }
}
