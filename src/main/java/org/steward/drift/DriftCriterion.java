package org.steward.drift;

/**
 * A test with its threshold. {@link #defaultFor} is Steward's documented default (docs/monitoring.md), after
 * Evidently's: with a reference of at most {@link #SMALL_REFERENCE} rows a statistical test at p &lt; 0.05
 * (Kolmogorov–Smirnov for numeric features, chi-square for categorical ones and numeric ones with at most
 * {@link #FEW_VALUES} distinct values); with a larger reference, where every test finds trivial differences
 * significant, a distance of at least 0.1 (Wasserstein / std for numeric, Jensen–Shannon for categorical).
 */
public record DriftCriterion(DriftTest test, double threshold) {

    /** Largest reference judged by a significance test. */
    public static final long SMALL_REFERENCE = 1000;
    /** A numeric feature with at most this many distinct values is treated as categorical. */
    public static final long FEW_VALUES = 5;

    public DriftCriterion {
        if (!Double.isFinite(threshold) || threshold < 0 || (test.isPValue() && threshold > 1)) {
            throw new IllegalArgumentException("The threshold of " + test.label() + " must be "
                    + (test.isPValue() ? "between 0 and 1" : "finite and not negative") + ", not " + threshold + ".");
        }
    }

    /** Whether a test value signals drift. */
    public boolean drifted(double value) {
        return test.drifted(value, threshold);
    }

    /** The default for a feature from its kind, the reference's size and its number of distinct values. */
    public static DriftCriterion defaultFor(boolean numeric, long referenceCount, long distinctValues) {
        boolean categorical = !numeric || distinctValues <= FEW_VALUES;
        if (referenceCount <= SMALL_REFERENCE) {
            return new DriftCriterion(categorical ? DriftTest.CHI_SQUARE_P_VALUE : DriftTest.KS_P_VALUE, 0.05);
        }
        return new DriftCriterion(categorical ? DriftTest.JENSEN_SHANNON : DriftTest.WASSERSTEIN_NORMALISED, 0.1);
    }
}
