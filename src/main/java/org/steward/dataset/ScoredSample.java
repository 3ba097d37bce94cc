package org.steward.dataset;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A validated scored sample, column by column, ready for metrics, fairness audits and explanations. Every array
 * has one entry per row, in file order; nothing in it is NaN or blank.
 *
 * @param task          what the model predicts
 * @param classes       declared classes (classification), in declared order; empty for regression
 * @param positiveClass the positive class (binary only)
 * @param threshold     decision threshold on the output (binary only)
 * @param output        binary: probability of the positive class; multiclass: index of the predicted class in
 *                      {@code classes}; regression: the prediction
 * @param outcome       binary: 1 for the positive class, 0 otherwise; multiclass: index of the true class;
 *                      regression: the true value
 * @param split         the split of each row
 * @param sensitive     sensitive attribute name → group of each row, in mapping order
 * @param features      the features, in mapping order
 */
public record ScoredSample(TaskType task, List<String> classes, @Nullable String positiveClass, double threshold,
                           double[] output, double[] outcome, Split[] split, Map<String, String[]> sensitive,
                           List<Feature> features) {

    public int rows() {
        return output.length;
    }

    /** Row indexes of one split, ascending. */
    public int[] rowsOf(Split which) {
        return java.util.stream.IntStream.range(0, rows()).filter(i -> split[i] == which).toArray();
    }

    public boolean has(Split which) {
        return Arrays.stream(split).anyMatch(s -> s == which);
    }

    /**
     * One feature column: numeric values, or categories when the column is not numeric.
     *
     * @param numeric     the values when the column is numeric, otherwise null
     * @param categorical the values when the column is categorical, otherwise null
     */
    public record Feature(String name, double @Nullable [] numeric, String @Nullable [] categorical) {

        public boolean isNumeric() {
            return numeric != null;
        }
    }
}
