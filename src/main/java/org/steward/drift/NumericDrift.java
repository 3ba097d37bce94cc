package org.steward.drift;

/**
 * Every drift statistic of a numeric feature, current against reference: PSI and Jensen–Shannon distance on the
 * reference's decile bins, the Kolmogorov–Smirnov test, and Wasserstein-1 raw and divided by the reference's
 * standard deviation (NaN where the reference is constant).
 */
public record NumericDrift(long referenceCount, long currentCount, double psi, double jensenShannon,
        KolmogorovSmirnov.Result ks, double wasserstein, double wassersteinNormalised, boolean exact) {

    /** Compares two exact samples or two sketches. */
    public static NumericDrift compare(StepCdf reference, StepCdf current) {
        var bins = QuantileBins.of(reference, QuantileBins.DEFAULT_BINS);
        return compare(reference, current, bins.shares(reference), bins.shares(current));
    }

    /**
     * Compares two sketches, with PSI and Jensen–Shannon on exact counts in the same bins (usually the reference's
     * deciles, counted when the reference was summarised): those two are then what the exact samples give, and only
     * KS and Wasserstein carry the sketches' error.
     */
    public static NumericDrift compare(StepCdf reference, StepCdf current, BinCounts referenceBins,
                                       BinCounts currentBins) {
        if (!referenceBins.bins().equals(currentBins.bins())) {
            throw new IllegalArgumentException("Both sides must be counted in the same bins: "
                    + referenceBins.bins() + " and " + currentBins.bins() + ".");
        }
        return compare(reference, current, referenceBins.shares(), currentBins.shares());
    }

    private static NumericDrift compare(StepCdf reference, StepCdf current, double[] r, double[] c) {
        double w = Wasserstein.distance(reference, current);
        double std = reference.std();
        return new NumericDrift(reference.n(), current.n(), PopulationStability.index(r, c),
                JensenShannon.distance(r, c), KolmogorovSmirnov.test(reference, current), w,
                std > 0 ? w / std : Double.NaN, reference.exact() && current.exact());
    }
}
