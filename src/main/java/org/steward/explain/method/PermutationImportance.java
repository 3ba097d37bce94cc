package org.steward.explain.method;

import java.util.SplittableRandom;
import java.util.function.BooleanSupplier;

/**
 * Permutation importance on the surrogate: how much its R² against the model's output drops when one feature's
 * values are shuffled among the rows, over several shuffles (mean and standard deviation).
 */
final class PermutationImportance {

    private PermutationImportance() {
    }

    /** [feature] → {mean drop, sd of the drop}; {@code cancelled} is asked between features. */
    static double[][] of(Surrogate surrogate, FeatureTable table, int[] rows, double[] output, int repeats,
                         long seed, BooleanSupplier cancelled) {
        var columns = new double[table.width()][];
        for (var j = 0; j < columns.length; j++) {
            columns[j] = FeatureTable.select(table.column(j), rows);
        }
        var baseline = Fit.r2(output, surrogate.predict(table.frame(columns, null)));
        var result = new double[table.width()][2];
        for (var j = 0; j < table.width() && !cancelled.getAsBoolean(); j++) {
            var original = columns[j];
            var random = new SplittableRandom(seed + 31L * j);
            var drops = new double[repeats];
            for (var r = 0; r < repeats; r++) {
                columns[j] = shuffled(original, random);
                drops[r] = baseline - Fit.r2(output, surrogate.predict(table.frame(columns, null)));
            }
            columns[j] = original;
            result[j] = meanSd(drops);
        }
        return result;
    }

    private static double[] shuffled(double[] values, SplittableRandom random) {
        var copy = values.clone();
        for (var i = copy.length - 1; i > 0; i--) {
            var k = random.nextInt(i + 1);
            var swap = copy[i];
            copy[i] = copy[k];
            copy[k] = swap;
        }
        return copy;
    }

    /** Mean and sample standard deviation. */
    static double[] meanSd(double[] values) {
        var mean = 0.0;
        for (var v : values) {
            mean += v;
        }
        mean /= values.length;
        var ss = 0.0;
        for (var v : values) {
            ss += (v - mean) * (v - mean);
        }
        return new double[] {mean, Math.sqrt(ss / (values.length - 1))};
    }
}
