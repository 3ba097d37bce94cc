package org.steward.explain.method;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.steward.explain.method.ExplanationReport.PartialDependence;

/**
 * Partial dependence and ICE on the surrogate: every explained row with one feature set to each grid value in
 * turn; the average over rows is the partial dependence, single rows are the ICE curves.
 */
final class PartialDependenceCurves {

    static final int GRID = 20;
    static final int ICE_CURVES = 15;

    private PartialDependenceCurves() {
    }

    static List<PartialDependence> of(Surrogate surrogate, FeatureTable table, int[] rows, List<Integer> features) {
        var result = new ArrayList<PartialDependence>();
        for (var j : features) {
            result.add(curve(surrogate, table, rows, j));
        }
        return result;
    }

    private static PartialDependence curve(Surrogate surrogate, FeatureTable table, int[] rows, int feature) {
        var grid = grid(table, rows, feature);
        var columns = new double[table.width()][];
        for (var j = 0; j < columns.length; j++) {
            columns[j] = FeatureTable.select(table.column(j), rows);
        }
        var ice = new double[Math.min(ICE_CURVES, rows.length)][grid.length];
        var average = new double[grid.length];
        for (var g = 0; g < grid.length; g++) {
            var fixed = new double[rows.length];
            Arrays.fill(fixed, grid[g]);
            columns[feature] = fixed;
            var predicted = surrogate.predict(table.frame(columns, null));
            average[g] = Arrays.stream(predicted).average().orElseThrow();
            for (var i = 0; i < ice.length; i++) {
                ice[i][g] = predicted[i];
            }
        }
        var levels = table.levels(feature);
        return new PartialDependence(table.names().get(feature), levels == null ? List.of() : levels, grid, average,
                ice);
    }

    /** Categories: every level; numbers: up to {@value #GRID} distinct quantiles from the 5th to the 95th percentile. */
    private static double[] grid(FeatureTable table, int[] rows, int feature) {
        var levels = table.levels(feature);
        if (levels != null) {
            return java.util.stream.IntStream.range(0, levels.size()).asDoubleStream().toArray();
        }
        var values = FeatureTable.select(table.column(feature), rows);
        Arrays.sort(values);
        var points = new double[GRID];
        for (var g = 0; g < GRID; g++) {
            var q = 0.05 + 0.9 * g / (GRID - 1);
            points[g] = values[(int) Math.round(q * (values.length - 1))];
        }
        return Arrays.stream(points).distinct().toArray();
    }
}
