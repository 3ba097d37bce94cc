package org.steward.drift;

/**
 * The tests a feature's drift can be judged by. P-value tests signal drift below their threshold, distances at or
 * above it.
 */
public enum DriftTest {
    KS_P_VALUE("Kolmogorov–Smirnov p-value", true),
    CHI_SQUARE_P_VALUE("Chi-square p-value", true),
    WASSERSTEIN_NORMALISED("Wasserstein distance / reference std", false),
    JENSEN_SHANNON("Jensen–Shannon distance", false),
    PSI("Population stability index", false);

    private final String label;
    private final boolean pValue;

    DriftTest(String label, boolean pValue) {
        this.label = label;
        this.pValue = pValue;
    }

    public String label() {
        return label;
    }

    /** True when the test's value is a p-value, so drift means a value below the threshold. */
    public boolean isPValue() {
        return pValue;
    }

    /** Whether the value crosses the threshold; an undefined (NaN) value never signals drift. */
    public boolean drifted(double value, double threshold) {
        if (Double.isNaN(value)) {
            return false;
        }
        return pValue ? value < threshold : value >= threshold;
    }

    /** This test's value in a numeric comparison. */
    public double valueOf(NumericDrift drift) {
        return switch (this) {
            case KS_P_VALUE -> drift.ks().pValue();
            case WASSERSTEIN_NORMALISED -> drift.wassersteinNormalised();
            case JENSEN_SHANNON -> drift.jensenShannon();
            case PSI -> drift.psi();
            case CHI_SQUARE_P_VALUE -> throw notFor("numeric");
        };
    }

    /** This test's value in a categorical comparison. */
    public double valueOf(CategoricalDrift drift) {
        return switch (this) {
            case CHI_SQUARE_P_VALUE -> drift.pValue();
            case JENSEN_SHANNON -> drift.jensenShannon();
            case PSI -> drift.psi();
            case KS_P_VALUE, WASSERSTEIN_NORMALISED -> throw notFor("categorical");
        };
    }

    private IllegalArgumentException notFor(String kind) {
        return new IllegalArgumentException(label + " is not defined for " + kind + " features.");
    }
}
