package org.steward.explain.method;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.steward.dataset.TaskType;

/**
 * Everything an explanation found, from a surrogate or from imported attributions, ready to store as JSON.
 *
 * @param kind              where the attributions come from
 * @param target            what is explained, e.g. "probability of 'yes'" or "prediction"
 * @param rows              rows of the sample
 * @param fittedRows        rows the surrogates were fitted on (0 for imported attributions)
 * @param heldOutRows       rows their fidelity was measured on (0 for imported attributions)
 * @param explainedRows     rows with attributions, dependence and partial dependence
 * @param fidelity          how well the surrogate follows the model (null for imported attributions)
 * @param baseValue         what the attributions of a row add to, plus the base value, to give its output
 * @param additivityError   largest |output − (base + Σ contributions)| over the explained rows
 * @param features          per feature, most important first
 * @param dependence        attribution against value, for the top features
 * @param partialDependence partial dependence with ICE curves, for the top features (surrogate only)
 * @param rules             a shallow decision tree's if-then rules with their own fidelity (surrogate only)
 * @param summary           the findings in plain language
 * @param method            how it was computed, in one paragraph
 */
public record ExplanationReport(Kind kind, TaskType task, String target, int rows, int fittedRows, int heldOutRows,
                                int explainedRows, @Nullable Fidelity fidelity, double baseValue,
                                double additivityError, List<FeatureImportance> features,
                                List<Dependence> dependence, List<PartialDependence> partialDependence,
                                @Nullable Rules rules, String summary, String method) {

    public ExplanationReport {
        features = List.copyOf(features);
        dependence = List.copyOf(dependence);
        partialDependence = List.copyOf(partialDependence);
    }

    /** Whether the explanation may be relied on: a faithful surrogate, or imported attributions that add up. */
    public boolean reliable() {
        return fidelity == null || fidelity.reliable();
    }

    /** Where the attributions come from. */
    public enum Kind {
        /** Tree SHAP of a random-forest surrogate fitted to the model's output. */
        SURROGATE,
        /** Per-row attributions computed in the developer's own pipeline and checked by Steward. */
        IMPORTED
    }

    /**
     * How closely the surrogate follows the model on rows it was not fitted on.
     *
     * @param r2        R² of the surrogate's predictions against the model's output
     * @param agreement binary models: share of held-out rows where both decide alike at the threshold
     * @param threshold the R² below which the explanation is not reliable
     */
    public record Fidelity(double r2, @Nullable Double agreement, double threshold) {

        public boolean reliable() {
            return r2 >= threshold;
        }
    }

    /**
     * One feature's importance.
     *
     * @param meanAbsContribution mean |SHAP| (or |attribution|) over the explained rows
     * @param share               its part of the sum of all features' mean |SHAP|
     * @param direction           Spearman correlation of the feature's value with its contribution (numeric features;
     *                            near 1: higher values raise the output; near −1: they lower it)
     * @param minContribution     smallest contribution seen
     * @param maxContribution     largest contribution seen
     * @param permutationMean     mean drop in the surrogate's R² when the feature is shuffled (surrogate only)
     * @param permutationSd       standard deviation of that drop over the repeats
     */
    public record FeatureImportance(String name, boolean categorical, double meanAbsContribution, double share,
                                    @Nullable Double direction, double minContribution, double maxContribution,
                                    @Nullable Double permutationMean, @Nullable Double permutationSd) {
    }

    /** Contribution against value for the explained rows (category codes index {@code levels}). */
    public record Dependence(String name, List<String> levels, double[] values, double[] contributions) {
    }

    /**
     * Partial dependence: the average prediction with the feature set to each grid value, and the same for single
     * rows (ICE); categorical features use their levels as the grid.
     */
    public record PartialDependence(String name, List<String> levels, double[] grid, double[] average,
                                    double[][] ice) {
    }

    /** A shallow regression tree fitted to the model's output, as rules, and its R² on the held-out rows. */
    public record Rules(int depth, double r2, List<Rule> rules) {
    }

    /** If every condition holds, the tree predicts {@code prediction}; {@code rows} fitting rows reach it. */
    public record Rule(List<String> conditions, double prediction, int rows) {
    }
}
