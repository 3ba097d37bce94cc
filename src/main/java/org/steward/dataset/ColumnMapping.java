package org.steward.dataset;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Which column of a scored sample is which, and how to read the model's output.
 *
 * @param task          what the model predicts
 * @param output        the model's output: probability of the positive class (binary), predicted class label
 *                      (multiclass) or numeric prediction (regression)
 * @param outcome       the true outcome: a class label (classification) or a number (regression)
 * @param split         the column saying train / test / holdout for each row
 * @param sensitive     sensitive-attribute columns for fairness audits (zero or more); a sensitive attribute may
 *                      also be a feature when the model uses it
 * @param features      feature columns (what the model looks at)
 * @param classes       the declared class labels (classification; empty for regression)
 * @param positiveClass the class whose probability the output holds, and the favourable decision of a binary
 *                      model (binary only)
 * @param threshold     the decision threshold on the output (binary only; a row is predicted positive when
 *                      {@code output >= threshold})
 * @param dropped       columns to drop at upload: they are never stored (data minimisation)
 * @param groups        optional declared groups of sensitive attributes (attribute → group labels): every value
 *                      of the column must be one of them, and each must have rows in the test split
 */
public record ColumnMapping(TaskType task, String output, String outcome, String split, List<String> sensitive,
                            List<String> features, List<String> classes, @Nullable String positiveClass,
                            double threshold, List<String> dropped, Map<String, List<String>> groups) {

    public ColumnMapping {
        sensitive = List.copyOf(sensitive);
        features = List.copyOf(features);
        classes = List.copyOf(classes);
        dropped = List.copyOf(dropped);
        var declared = new LinkedHashMap<String, List<String>>();
        groups.forEach((attribute, labels) -> declared.put(attribute, List.copyOf(labels)));
        groups = java.util.Collections.unmodifiableMap(declared);
    }

    /** A mapping without declared groups: the groups of each sensitive attribute are whatever the file holds. */
    public ColumnMapping(TaskType task, String output, String outcome, String split, List<String> sensitive,
                         List<String> features, List<String> classes, @Nullable String positiveClass,
                         double threshold, List<String> dropped) {
        this(task, output, outcome, split, sensitive, features, classes, positiveClass, threshold, dropped, Map.of());
    }
}
