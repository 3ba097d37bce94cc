package org.steward.explain.method;

/**
 * How explanations are computed.
 *
 * @param minRows           fewest rows a sample needs for a surrogate worth fitting
 * @param reliableFidelity  the surrogate's fidelity (R² on held-out rows) below which an explanation is "not reliable"
 * @param trees             trees in the random-forest surrogate
 * @param maxLevels         most distinct values a categorical feature may have
 * @param repeats           permutations per feature for permutation importance
 * @param explainedRows     most held-out rows that get SHAP values, permutation and partial dependence
 * @param topFeatures       features with dependence, PDP and ICE curves
 * @param seed              seed of every random choice (split, forest, permutations)
 */
public record ExplanationSettings(int minRows, double reliableFidelity, int trees, int maxLevels, int repeats,
                                  int explainedRows, int topFeatures, long seed) {

    public static final ExplanationSettings DEFAULT = new ExplanationSettings(200, 0.8, 60, 50, 5, 1000, 3,
            20260101L);

    public ExplanationSettings {
        if (minRows < 50) {
            throw new IllegalArgumentException("steward.explanations.min-rows must be at least 50, got " + minRows);
        }
        if (!(reliableFidelity > 0 && reliableFidelity < 1)) {
            throw new IllegalArgumentException("steward.explanations.reliable-fidelity must lie in (0, 1), got "
                    + reliableFidelity);
        }
        if (trees < 10 || trees > 1000) {
            throw new IllegalArgumentException("steward.explanations.trees must lie between 10 and 1000, got " + trees);
        }
        if (maxLevels < 2 || repeats < 2 || explainedRows < 50 || topFeatures < 1) {
            throw new IllegalArgumentException("Explanation settings out of range: max-levels " + maxLevels
                    + " (≥ 2), repeats " + repeats + " (≥ 2), explained-rows " + explainedRows + " (≥ 50), "
                    + "top-features " + topFeatures + " (≥ 1)");
        }
    }
}
