package org.steward.dataset;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntPredicate;
import java.util.stream.Collectors;
import org.steward.dataset.ScoredSample.Feature;

/** Turns the cells of the mapped columns into a {@link ScoredSample}, collecting every problem on the way. */
final class SampleBuilder {

    private final ColumnMapping mapping;
    private final Map<String, ColumnValues> columns;
    private final long[] lines;
    private final int rows;
    private final Problems problems = new Problems();

    SampleBuilder(ColumnMapping mapping, Map<String, ColumnValues> columns, long[] lines) {
        this.mapping = mapping;
        this.columns = columns;
        this.lines = lines;
        this.rows = lines.length;
    }

    ScoredSample build() {
        missing("output", mapping.output());
        missing("outcome", mapping.outcome());
        missing("split", mapping.split());
        mapping.sensitive().forEach(c -> missing(sensitiveField(c), c));
        mapping.features().stream().filter(c -> !mapping.sensitive().contains(c))
                .forEach(c -> missing(featureField(c), c));
        var output = output();
        var outcome = outcome();
        var split = split();
        var sensitive = sensitive();
        var features = features();
        problems.throwIfAny();
        coverage(outcome, split, sensitive);
        problems.throwIfAny();
        var positive = mapping.task() == TaskType.BINARY ? mapping.positiveClass() : null;
        var threshold = mapping.task() == TaskType.BINARY ? mapping.threshold() : 0.0;
        return new ScoredSample(mapping.task(), mapping.classes(), positive, threshold, output, outcome, split,
                sensitive, features);
    }

    private void missing(String field, String column) {
        var bad = new RowList();
        var values = columns.get(column);
        for (int i = 0; i < rows; i++) {
            if (Cells.isMissing(values.get(i))) {
                bad.addValue(i + 1, lines[i], values.get(i));
            }
        }
        if (!bad.isEmpty()) {
            problems.add(field, "column '" + column + "' has " + bad.count() + " blank or missing "
                    + (bad.count() == 1 ? "value" : "values") + " (blank, NaN, NA, null or Infinity): " + bad
                    + "; fill them in or remove those rows");
        }
    }

    private double[] output() {
        var column = columns.get(mapping.output());
        return switch (mapping.task()) {
            case BINARY -> probabilities(column);
            case MULTICLASS -> labels("output", column, "predicted label");
            case REGRESSION -> numbers("output", column);
        };
    }

    private double[] outcome() {
        var column = columns.get(mapping.outcome());
        return switch (mapping.task()) {
            case BINARY -> {
                var labels = labels("outcome", column, "label");
                var positive = mapping.classes().indexOf(mapping.positiveClass());
                yield Arrays.stream(labels).map(index -> index == positive ? 1 : 0).toArray();
            }
            case MULTICLASS -> labels("outcome", column, "label");
            case REGRESSION -> numbers("outcome", column);
        };
    }

    private double[] probabilities(ColumnValues column) {
        var result = new double[rows];
        var notNumbers = new RowList();
        var outside = new RowList();
        for (int i = 0; i < rows; i++) {
            var cell = column.get(i);
            if (Cells.isMissing(cell)) {
                continue;
            }
            var value = Cells.number(cell);
            if (Double.isNaN(value)) {
                notNumbers.addValue(i + 1, lines[i], cell);
            } else if (value < 0 || value > 1) {
                outside.addValue(i + 1, lines[i], cell);
            }
            result[i] = value;
        }
        if (!notNumbers.isEmpty()) {
            problems.add("output", "column '" + column.name() + "' must hold the probability of class '"
                    + mapping.positiveClass() + "' (a number from 0 to 1); "
                    + count(notNumbers, "value is not a number", "values are not numbers") + ": " + notNumbers);
        }
        if (!outside.isEmpty()) {
            problems.add("output", "column '" + column.name() + "' must hold probabilities from 0 to 1; "
                    + count(outside, "value is outside", "values are outside") + ": " + outside);
        }
        return result;
    }

    private double[] numbers(String field, ColumnValues column) {
        var result = new double[rows];
        var bad = new RowList();
        for (int i = 0; i < rows; i++) {
            var cell = column.get(i);
            if (Cells.isMissing(cell)) {
                continue;
            }
            result[i] = Cells.number(cell);
            if (Double.isNaN(result[i])) {
                bad.addValue(i + 1, lines[i], cell);
            }
        }
        if (!bad.isEmpty()) {
            problems.add(field, "column '" + column.name() + "' must hold numbers for a regression model; "
                    + count(bad, "value is not", "values are not") + ": " + bad);
        }
        return result;
    }

    /** Class indexes in the declared order. */
    private double[] labels(String field, ColumnValues column, String what) {
        var result = new double[rows];
        var bad = new RowList();
        for (int i = 0; i < rows; i++) {
            var cell = column.get(i);
            if (Cells.isMissing(cell)) {
                continue;
            }
            var index = Cells.classIndex(cell, mapping.classes());
            if (index.isEmpty()) {
                bad.addValue(i + 1, lines[i], cell);
            } else {
                result[i] = index.getAsInt();
            }
        }
        if (!bad.isEmpty()) {
            problems.add(field, "column '" + column.name() + "' holds " + count(bad, what, what + "s")
                    + " outside the declared classes (" + String.join(", ", mapping.classes()) + "): " + bad);
        }
        return result;
    }

    private Split[] split() {
        var column = columns.get(mapping.split());
        var result = new Split[rows];
        var bad = new RowList();
        for (int i = 0; i < rows; i++) {
            var cell = column.get(i);
            if (Cells.isMissing(cell)) {
                result[i] = Split.TRAIN;
                continue;
            }
            var split = Split.parse(cell);
            if (split.isEmpty()) {
                bad.addValue(i + 1, lines[i], cell);
                result[i] = Split.TRAIN;
            } else {
                result[i] = split.get();
            }
        }
        if (!bad.isEmpty()) {
            problems.add("split", "column '" + column.name() + "' must say train, test or holdout; "
                    + count(bad, "value does not", "values do not") + ": " + bad);
        }
        return result;
    }

    private Map<String, String[]> sensitive() {
        var result = new LinkedHashMap<String, String[]>();
        for (var attribute : mapping.sensitive()) {
            var column = columns.get(attribute);
            var declared = mapping.groups().get(attribute);
            var groups = new String[rows];
            var bad = new RowList();
            for (int i = 0; i < rows; i++) {
                groups[i] = column.get(i).strip();
                if (declared != null && !Cells.isMissing(groups[i]) && !declared.contains(groups[i])) {
                    bad.addValue(i + 1, lines[i], groups[i]);
                }
            }
            if (!bad.isEmpty()) {
                problems.add(sensitiveField(attribute), "column '" + attribute + "' holds "
                        + count(bad, "value", "values") + " outside the declared groups (" + String.join(", ", declared)
                        + "): " + bad);
            }
            result.put(attribute, groups);
        }
        return result;
    }

    /** A feature is numeric when every cell is a number, categorical otherwise. */
    private List<Feature> features() {
        var result = new ArrayList<Feature>();
        for (var name : mapping.features()) {
            var column = columns.get(name);
            var numbers = new double[rows];
            var numeric = true;
            for (int i = 0; i < rows && numeric; i++) {
                numbers[i] = Cells.number(column.get(i));
                numeric = !Double.isNaN(numbers[i]);
            }
            if (numeric) {
                result.add(new Feature(name, numbers, null));
            } else {
                var categories = new String[rows];
                for (int i = 0; i < rows; i++) {
                    categories[i] = column.get(i).strip();
                }
                result.add(new Feature(name, null, categories));
            }
        }
        return result;
    }

    /** What the analyses need from the test split: rows, two groups per attribute, both classes of a binary outcome. */
    private void coverage(double[] outcome, Split[] split, Map<String, String[]> sensitive) {
        IntPredicate test = i -> split[i] == Split.TEST;
        var testRows = (int) java.util.stream.IntStream.range(0, rows).filter(test).count();
        if (testRows == 0) {
            var counts = new EnumMap<Split, Integer>(Split.class);
            Arrays.stream(split).forEach(s -> counts.merge(s, 1, Integer::sum));
            problems.add("split", "no row of column '" + mapping.split() + "' is in the test split (it has "
                    + counts.entrySet().stream().map(e -> e.getKey().label().toLowerCase() + " " + e.getValue())
                    .collect(Collectors.joining(", ")) + "); metrics are computed on the rows marked test");
            return;
        }
        sensitive.forEach((attribute, groups) -> groupCoverage(attribute, groups, test));
        if (mapping.task() == TaskType.BINARY) {
            var positives = java.util.stream.IntStream.range(0, rows).filter(test).filter(i -> outcome[i] == 1).count();
            for (var label : mapping.classes()) {
                var isPositive = label.equals(mapping.positiveClass());
                var present = isPositive ? positives : testRows - positives;
                if (present == 0) {
                    problems.add("outcome", "no test row of column '" + mapping.outcome() + "' has outcome '"
                            + label + "'; AUC and the error rates need both classes among the test rows");
                }
            }
        }
    }

    private void groupCoverage(String attribute, String[] groups, IntPredicate test) {
        var counts = new TreeMap<String, Integer>();
        for (int i = 0; i < rows; i++) {
            if (test.test(i)) {
                counts.merge(groups[i], 1, Integer::sum);
            }
        }
        var declared = mapping.groups().get(attribute);
        if (declared != null) {
            var empty = declared.stream().filter(g -> !counts.containsKey(g)).toList();
            if (!empty.isEmpty()) {
                problems.add(sensitiveField(attribute), (empty.size() == 1 ? "group '" : "groups '")
                        + String.join("', '", empty) + "' of column '" + attribute + "' "
                        + (empty.size() == 1 ? "has" : "have") + " no rows in the test split");
                return;
            }
        }
        if (counts.size() < 2) {
            problems.add(sensitiveField(attribute), "column '" + attribute + "' has only one group ('"
                    + counts.firstKey() + "') among the test rows; a fairness audit compares at least two");
        }
    }

    private static String count(RowList rows, String one, String many) {
        return rows.count() + " " + (rows.count() == 1 ? one : many);
    }

    static String sensitiveField(String column) {
        return "sensitive[" + column + "]";
    }

    static String featureField(String column) {
        return "features[" + column + "]";
    }
}
