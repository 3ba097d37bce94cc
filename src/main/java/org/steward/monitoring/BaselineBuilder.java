package org.steward.monitoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.steward.statistics.BinaryClassification;
import org.steward.statistics.Metric;

/** Summarises reference rows into a {@link BaselineSummary}; pure. */
final class BaselineBuilder {

    private BaselineBuilder() {
    }

    /** A feature a row does not name counts as missing there; the output is summarised like a numeric feature. */
    static BaselineSummary summarise(List<ObservationRow> rows, int exactLimit) {
        var columns = new LinkedHashMap<String, List<Cell>>();
        for (int i = 0; i < rows.size(); i++) {
            for (var entry : rows.get(i).features().entrySet()) {
                var column = columns.computeIfAbsent(entry.getKey(), k -> new ArrayList<>(rows.size()));
                while (column.size() < i) {
                    column.add(Cell.MISSING);
                }
                column.add(entry.getValue());
            }
        }
        var features = new ArrayList<FeatureSummary>();
        columns.forEach((name, cells) -> {
            while (cells.size() < rows.size()) {
                cells.add(Cell.MISSING);
            }
            features.add(FeatureSummary.of(name, cells, exactLimit));
        });
        var output = FeatureSummary.of("output", rows.stream()
                .map(r -> r.output() == null ? Cell.MISSING : Cell.of(r.output())).toList(), exactLimit);
        return new BaselineSummary(rows.size(), features, output, auc(rows));
    }

    /** ROC AUC of the rows when every one has a 0/1 outcome and a probability, with both classes present. */
    static @Nullable Double auc(List<ObservationRow> rows) {
        var scored = rows.stream().filter(r -> r.outcome() != null && r.output() != null).toList();
        if (scored.size() != rows.size() || scored.isEmpty()) {
            return null;
        }
        var p = new double[scored.size()];
        var y = new int[scored.size()];
        for (int i = 0; i < p.length; i++) {
            double outcome = scored.get(i).outcome();
            double output = scored.get(i).output();
            if ((outcome != 0 && outcome != 1) || output < 0 || output > 1) {
                return null;
            }
            p[i] = output;
            y[i] = (int) outcome;
        }
        return auc(p, y);
    }

    /** ROC AUC of probabilities against 0/1 outcomes; null with only one class. */
    static @Nullable Double auc(double[] probability, int[] outcome) {
        var positives = java.util.Arrays.stream(outcome).sum();
        if (positives == 0 || positives == outcome.length) {
            return null;
        }
        var classification = BinaryClassification.of(probability, outcome, 0.5);
        var value = classification.compute(null)[classification.metrics().indexOf(Metric.ROC_AUC)];
        return Double.isFinite(value) ? value : null;
    }
}
