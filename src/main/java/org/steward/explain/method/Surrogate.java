package org.steward.explain.method;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.jspecify.annotations.Nullable;
import smile.data.DataFrame;
import smile.data.Tuple;
import smile.data.formula.Formula;
import smile.regression.RandomForest;

/**
 * A random forest (Smile) fitted to a model's output: it predicts what the model would say, and its tree SHAP
 * values split each prediction into a base value plus one contribution per feature. Stored with the explanation so
 * that single decisions can be explained later without refitting.
 *
 * @param forest the fitted forest
 * @param names  the features, in order
 * @param levels the levels of each categorical feature (null for numeric ones)
 * @param base   the base value: the forest's average prediction over its training rows, to which the SHAP values
 *               of a row add up to give the row's prediction
 */
public record Surrogate(RandomForest forest, List<String> names, List<@Nullable List<String>> levels, double base)
        implements Serializable {

    static final int MAX_DEPTH = 8;
    static final int MAX_LEAVES = 64;
    private static final ObjectInputFilter ONLY_MODEL_CLASSES = ObjectInputFilter.Config.createFilter(
            "maxdepth=200;java.**;smile.**;org.steward.explain.method.*;!*");

    /** Fits the forest to {@code target} on the chosen rows. */
    static Surrogate fit(FeatureTable table, int[] rows, double[] target, ExplanationSettings settings) {
        var data = table.frame(rows, target);
        var p = table.width();
        var seeds = new long[settings.trees()];
        for (var i = 0; i < seeds.length; i++) {
            seeds[i] = settings.seed() + 7919L * i;
        }
        // shallow trees with few leaves: tree SHAP costs leaves × depth² per tree and row
        var options = new RandomForest.Options(settings.trees(), Math.max(1, (p + 2) / 3), MAX_DEPTH, MAX_LEAVES, 5, 1.0, seeds,
                null);
        var forest = RandomForest.fit(Formula.lhs(FeatureTable.TARGET), data, options);
        var levels = new java.util.ArrayList<@Nullable List<String>>();
        for (var j = 0; j < p; j++) {
            levels.add(table.levels(j));
        }
        var surrogate = new Surrogate(forest, table.names(), levels, 0);
        // path-dependent tree SHAP: prediction = base + Σ φ for every row, with the same base
        var first = table.row(rows[0]);
        var phi = surrogate.shap(first);
        var sum = 0.0;
        for (var j = 0; j < p; j++) {
            sum += phi[j];
        }
        return new Surrogate(forest, table.names(), levels, surrogate.predict(first) - sum);
    }

    double[] predict(DataFrame frame) {
        return forest.predict(frame);
    }

    /** The prediction for one row of feature values (category codes for categorical features). */
    public double predict(double[] row) {
        return forest.predict(tuple(row));
    }

    /** The SHAP value of every feature for one row. */
    public double[] shap(double[] row) {
        return forest.shap(tuple(row));
    }

    public boolean isCategorical(int feature) {
        return levels.get(feature) != null;
    }

    private Tuple tuple(double[] row) {
        var cells = new Object[names.size()];
        for (var j = 0; j < cells.length; j++) {
            cells[j] = isCategorical(j) ? (Object) (int) row[j] : (Object) row[j];
        }
        return Tuple.of(forest.schema(), cells);
    }

    /** Gzip-compressed Java serialisation, for the database. */
    public byte[] bytes() {
        var out = new ByteArrayOutputStream();
        try (var objects = new ObjectOutputStream(new GZIPOutputStream(out))) {
            objects.writeObject(this);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not serialise the surrogate", e);
        }
        return out.toByteArray();
    }

    /** Reads what {@link #bytes()} wrote; only model classes are accepted. */
    public static Surrogate of(byte[] bytes) {
        try (var objects = new ObjectInputStream(new GZIPInputStream(new ByteArrayInputStream(bytes)))) {
            objects.setObjectInputFilter(ONLY_MODEL_CLASSES);
            return (Surrogate) objects.readObject();
        } catch (IOException | ClassNotFoundException e) {
            throw new IllegalStateException("The stored surrogate cannot be read", e);
        }
    }
}
