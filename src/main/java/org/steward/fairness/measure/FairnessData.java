package org.steward.fairness.measure;

import java.util.ArrayList;
import java.util.List;
import org.steward.dataset.ScoredSample;

/**
 * The rows a fairness audit looks at: outcomes and sensitive attributes, all of the same length.
 *
 * @param selection which rows these are, in words, e.g. "Test split"
 */
public record FairnessData(Outcomes outcomes, List<Attribute> attributes, String selection) {

    public FairnessData {
        attributes = List.copyOf(attributes);
        for (var a : attributes) {
            if (a.rows() != outcomes.rows()) {
                throw new IllegalArgumentException("attribute " + a.name() + " has " + a.rows() + " rows, the "
                        + "outcomes " + outcomes.rows());
            }
        }
    }

    /**
     * The selected rows of a scored sample. A binary model's decision is positive when its output reaches the
     * threshold; the positive class is the favourable decision.
     */
    public static FairnessData of(ScoredSample sample, RowSelection selection) {
        var split = selection.split();
        int[] rows = split == null ? allRows(sample.rows()) : sample.rowsOf(split);
        var outcomes = switch (sample.task()) {
            case BINARY -> {
                var predicted = new boolean[rows.length];
                var actual = new boolean[rows.length];
                var score = new double[rows.length];
                for (int i = 0; i < rows.length; i++) {
                    score[i] = sample.output()[rows[i]];
                    predicted[i] = score[i] >= sample.threshold();
                    actual[i] = sample.outcome()[rows[i]] == 1;
                }
                yield (Outcomes) new Outcomes.Binary(predicted, actual, score);
            }
            case MULTICLASS -> {
                var predicted = new int[rows.length];
                var actual = new int[rows.length];
                for (int i = 0; i < rows.length; i++) {
                    predicted[i] = (int) sample.output()[rows[i]];
                    actual[i] = (int) sample.outcome()[rows[i]];
                }
                yield new Outcomes.Multiclass(predicted, actual);
            }
            case REGRESSION -> {
                var predicted = new double[rows.length];
                var actual = new double[rows.length];
                for (int i = 0; i < rows.length; i++) {
                    predicted[i] = sample.output()[rows[i]];
                    actual[i] = sample.outcome()[rows[i]];
                }
                yield new Outcomes.Regression(predicted, actual);
            }
        };
        var attributes = new ArrayList<Attribute>();
        sample.sensitive().forEach((name, values) -> {
            var selected = new String[rows.length];
            for (int i = 0; i < rows.length; i++) {
                selected[i] = values[rows[i]];
            }
            attributes.add(Attribute.of(name, selected));
        });
        return new FairnessData(outcomes, attributes, selection.label());
    }

    public int rows() {
        return outcomes.rows();
    }

    /** These attributes followed by every pair of them, in order ("a × b" for a before b). */
    public FairnessData withIntersections() {
        var all = new ArrayList<>(attributes);
        for (int i = 0; i < attributes.size(); i++) {
            for (int j = i + 1; j < attributes.size(); j++) {
                if (!attributes.get(i).intersection() && !attributes.get(j).intersection()) {
                    all.add(Attribute.cross(attributes.get(i), attributes.get(j)));
                }
            }
        }
        return new FairnessData(outcomes, all, selection);
    }

    private static int[] allRows(int n) {
        var rows = new int[n];
        for (int i = 0; i < n; i++) {
            rows[i] = i;
        }
        return rows;
    }
}
