package org.steward.explain.method;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.steward.explain.method.ExplanationReport.Dependence;
import org.steward.explain.method.ExplanationReport.FeatureImportance;

/**
 * Summaries of per-row attributions (SHAP values of the surrogate, or imported ones): mean |attribution|, share,
 * direction, range and dependence, the same way whatever produced them.
 */
final class Attribution {

    private static final int DEPENDENCE_POINTS = 1000;

    private Attribution() {
    }

    /**
     * The features' importances, most important first.
     *
     * @param phi         attributions, [row][feature]
     * @param permutation mean and sd of the permutation importance per feature, or null
     */
    static List<FeatureImportance> importances(FeatureTable table, int[] rows, double[][] phi,
                                               double @Nullable [][] permutation) {
        var p = table.width();
        var meanAbs = new double[p];
        var total = 0.0;
        for (var j = 0; j < p; j++) {
            for (var row : phi) {
                meanAbs[j] += Math.abs(row[j]);
            }
            meanAbs[j] /= phi.length;
            total += meanAbs[j];
        }
        var result = new ArrayList<FeatureImportance>();
        for (var j = 0; j < p; j++) {
            var contributions = column(phi, j);
            var min = java.util.Arrays.stream(contributions).min().orElse(0);
            var max = java.util.Arrays.stream(contributions).max().orElse(0);
            var direction = table.isCategorical(j) ? null : Fit.spearman(values(table, j, rows), contributions);
            result.add(new FeatureImportance(table.names().get(j), table.isCategorical(j), meanAbs[j],
                    total == 0 ? 0 : meanAbs[j] / total, direction, min, max,
                    permutation == null ? null : permutation[j][0], permutation == null ? null : permutation[j][1]));
        }
        result.sort(Comparator.comparingDouble(FeatureImportance::meanAbsContribution).reversed());
        return result;
    }

    static List<Dependence> dependence(FeatureTable table, int[] rows, double[][] phi, List<Integer> top) {
        var points = Math.min(rows.length, DEPENDENCE_POINTS);
        var result = new ArrayList<Dependence>();
        for (var j : top) {
            var values = new double[points];
            var contributions = new double[points];
            for (var i = 0; i < points; i++) {
                values[i] = table.value(j, rows[i]);
                contributions[i] = phi[i][j];
            }
            var levels = table.levels(j);
            result.add(new Dependence(table.names().get(j), levels == null ? List.of() : levels, values,
                    contributions));
        }
        return result;
    }

    /** Indexes of the {@code count} most important features. */
    static List<Integer> top(FeatureTable table, List<FeatureImportance> importances, int count) {
        return importances.stream().limit(count).map(f -> table.names().indexOf(f.name())).toList();
    }

    static double[] column(double[][] phi, int feature) {
        var column = new double[phi.length];
        for (var i = 0; i < phi.length; i++) {
            column[i] = phi[i][feature];
        }
        return column;
    }

    private static double[] values(FeatureTable table, int feature, int[] rows) {
        var values = new double[rows.length];
        for (var i = 0; i < rows.length; i++) {
            values[i] = table.value(feature, rows[i]);
        }
        return values;
    }
}
