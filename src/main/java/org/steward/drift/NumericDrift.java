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
        double[] r = bins.shares(reference);
        double[] c = bins.shares(current);
        double w = Wasserstein.distance(reference, current);
        double std = reference.std();
        return new NumericDrift(reference.n(), current.n(), PopulationStability.index(r, c),
                JensenShannon.distance(r, c), KolmogorovSmirnov.test(reference, current), w,
                std > 0 ? w / std : Double.NaN, reference.exact() && current.exact());
    }
}
