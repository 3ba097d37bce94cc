package org.steward.drift;

/**
 * Wasserstein-1 (earth mover's) distance ∫|F − G| dx between two distributions, as SciPy's
 * {@code wasserstein_distance}: in the unit of the feature.
 */
public final class Wasserstein {

    private Wasserstein() {
    }

    /** The distance, walking both step functions once. */
    public static double distance(StepCdf a, StepCdf b) {
        int i = 0;
        int j = 0;
        double sum = 0;
        double x = Math.min(a.item(0), b.item(0));
        while (i < a.size() || j < b.size()) {
            while (i < a.size() && a.item(i) <= x) {
                i++;
            }
            while (j < b.size() && b.item(j) <= x) {
                j++;
            }
            double next = Math.min(i < a.size() ? a.item(i) : Double.POSITIVE_INFINITY,
                    j < b.size() ? b.item(j) : Double.POSITIVE_INFINITY);
            if (next == Double.POSITIVE_INFINITY) {
                break;
            }
            sum += Math.abs(a.shareOfFirst(i) - b.shareOfFirst(j)) * (next - x);
            x = next;
        }
        return sum;
    }
}
