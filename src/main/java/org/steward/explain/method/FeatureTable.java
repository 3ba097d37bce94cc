package org.steward.explain.method;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.steward.base.InvalidInputException;
import org.steward.dataset.ScoredSample;
import smile.data.DataFrame;
import smile.data.measure.NominalScale;
import smile.data.type.DataTypes;
import smile.data.type.StructField;
import smile.data.type.StructType;
import smile.data.vector.DoubleVector;
import smile.data.vector.IntVector;
import smile.data.vector.ValueVector;

/**
 * The features of a sample as the surrogate sees them: numbers as they are, categories as codes of their sorted
 * levels. Refuses what no surrogate can learn from, naming the column: too few rows, constant or all-missing columns,
 * categorical columns with too many levels.
 */
public final class FeatureTable {

    static final String TARGET = "__steward_surrogate_target";

    private final List<String> names;
    private final double[][] columns;
    private final List<@Nullable List<String>> levels;
    private final StructType schema;

    private FeatureTable(List<String> names, double[][] columns, List<@Nullable List<String>> levels) {
        this.names = List.copyOf(names);
        this.columns = columns;
        this.levels = levels;
        var fields = new ArrayList<StructField>();
        for (var j = 0; j < names.size(); j++) {
            var known = levels.get(j);
            fields.add(known == null ? new StructField(names.get(j), DataTypes.DoubleType)
                    : new StructField(names.get(j), DataTypes.IntType, new NominalScale(known)));
        }
        this.schema = new StructType(fields);
    }

    /** The features of the sample, checked; {@link InvalidInputException} names every column that cannot be used. */
    public static FeatureTable of(ScoredSample sample, ExplanationSettings settings) {
        var problems = new LinkedHashMap<String, String>();
        if (sample.features().isEmpty()) {
            problems.put("features", "no feature columns are mapped: map the columns the model looks at");
        }
        if (sample.rows() < settings.minRows()) {
            problems.put("sample", "has " + sample.rows() + " rows; a surrogate needs at least "
                    + settings.minRows() + " to be fitted on part of them and checked on the rest");
        }
        var names = new ArrayList<String>();
        var columns = new double[sample.features().size()][];
        var levels = new ArrayList<@Nullable List<String>>();
        for (var j = 0; j < sample.features().size(); j++) {
            var feature = sample.features().get(j);
            names.add(feature.name());
            if (feature.numeric() != null) {
                columns[j] = feature.numeric();
                levels.add(null);
                checkNumeric(feature.name(), feature.numeric(), problems);
            } else {
                var cells = feature.categorical();
                var distinct = new TreeSet<String>();
                for (var cell : cells) {
                    distinct.add(cell);
                }
                var known = List.copyOf(distinct);
                levels.add(known);
                columns[j] = codes(cells, known);
                checkLevels(feature.name(), known, settings.maxLevels(), problems);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new FeatureTable(names, columns, levels);
    }

    private static void checkNumeric(String name, double[] values, Map<String, String> problems) {
        var finite = 0;
        var min = Double.POSITIVE_INFINITY;
        var max = Double.NEGATIVE_INFINITY;
        for (var v : values) {
            if (Double.isFinite(v)) {
                finite++;
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }
        if (finite == 0) {
            problems.put(field(name), "column '" + name + "' has no values (all missing): drop it from the features");
        } else if (finite < values.length) {
            problems.put(field(name), "column '" + name + "' has " + (values.length - finite) + " missing values");
        } else if (min == max) {
            problems.put(field(name), "column '" + name + "' is constant (" + format(min) + " in every row): it "
                    + "cannot explain anything; drop it from the features");
        }
    }

    private static void checkLevels(String name, List<String> known, int maxLevels, Map<String, String> problems) {
        if (known.size() == 1) {
            problems.put(field(name), "column '" + name + "' is constant ('" + known.getFirst() + "' in every row): "
                    + "it cannot explain anything; drop it from the features");
        } else if (known.size() > maxLevels) {
            problems.put(field(name), "categorical column '" + name + "' has " + known.size() + " levels; at most "
                    + maxLevels + " are explained (group rare levels or drop it from the features)");
        }
    }

    static String field(String name) {
        return "features[" + name + "]";
    }

    private static double[] codes(String[] cells, List<String> known) {
        var index = new LinkedHashMap<String, Integer>();
        for (var i = 0; i < known.size(); i++) {
            index.put(known.get(i), i);
        }
        var codes = new double[cells.length];
        for (var i = 0; i < cells.length; i++) {
            codes[i] = index.get(cells[i]);
        }
        return codes;
    }

    public List<String> names() {
        return names;
    }

    public int width() {
        return names.size();
    }

    public int rows() {
        return columns.length == 0 ? 0 : columns[0].length;
    }

    /** The levels of a categorical feature, or null for a numeric one. */
    public @Nullable List<String> levels(int feature) {
        return levels.get(feature);
    }

    public boolean isCategorical(int feature) {
        return levels.get(feature) != null;
    }

    /** The value (or category code) of a feature in a row. */
    public double value(int feature, int row) {
        return columns[feature][row];
    }

    double[] column(int feature) {
        return columns[feature];
    }

    StructType schema() {
        return schema;
    }

    /** The chosen rows, with the target column when {@code target} is given. */
    DataFrame frame(int[] rows, double @Nullable [] target) {
        var copies = new double[width()][];
        for (var j = 0; j < width(); j++) {
            copies[j] = new double[rows.length];
            for (var i = 0; i < rows.length; i++) {
                copies[j][i] = columns[j][rows[i]];
            }
        }
        return frame(copies, target == null ? null : select(target, rows));
    }

    /** A frame of the given columns (one array per feature, same length), optionally with the target. */
    DataFrame frame(double[][] values, double @Nullable [] target) {
        var vectors = new ArrayList<ValueVector>();
        for (var j = 0; j < width(); j++) {
            vectors.add(vector(j, values[j]));
        }
        if (target != null) {
            vectors.add(new DoubleVector(TARGET, target));
        }
        return new DataFrame(vectors.toArray(ValueVector[]::new));
    }

    private ValueVector vector(int feature, double[] values) {
        if (!isCategorical(feature)) {
            return new DoubleVector(schema.field(feature), values);
        }
        var codes = new int[values.length];
        for (var i = 0; i < values.length; i++) {
            codes[i] = (int) values[i];
        }
        return new IntVector(schema.field(feature), codes);
    }

    /** A row's values, one per feature. */
    double[] row(int row) {
        var values = new double[width()];
        for (var j = 0; j < width(); j++) {
            values[j] = columns[j][row];
        }
        return values;
    }

    /** How a value of a feature reads: the category's label, or the number. */
    public String label(int feature, double value) {
        var known = levels.get(feature);
        return known == null ? format(value) : known.get((int) value);
    }

    static double[] select(double[] values, int[] rows) {
        var chosen = new double[rows.length];
        for (var i = 0; i < rows.length; i++) {
            chosen[i] = values[rows[i]];
        }
        return chosen;
    }

    /** Up to 4 significant digits, no exponent for everyday magnitudes: 52000, 0.412, 3.5. */
    public static String format(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return String.format(Locale.ROOT, "%d", (long) value);
        }
        var text = String.format(Locale.ROOT, "%.4g", value);
        if (text.contains("e")) {
            return text;
        }
        return text.contains(".") ? text.replaceAll("0+$", "").replaceAll("\\.$", "") : text;
    }
}
