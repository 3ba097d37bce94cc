package org.steward.statistics;

import static org.steward.statistics.Metric.ACCURACY;
import static org.steward.statistics.Metric.MACRO_F1;
import static org.steward.statistics.Metric.WEIGHTED_F1;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Metrics of a classifier's predicted classes against the true ones, classes numbered 0 to k − 1. The F1 of a
 * class is 2 TP / (2 TP + FP + FN); the macro F1 averages it over the classes present among the outcomes or the
 * predictions (as sklearn does by default), the weighted F1 weighs each class by its share of the outcomes.
 */
public final class MulticlassClassification implements WeightedMetrics {

    private static final List<Metric> METRICS = List.of(ACCURACY, MACRO_F1, WEIGHTED_F1);

    private final int[] predicted;
    private final int[] actual;
    private final int classes;

    private MulticlassClassification(int[] predicted, int[] actual, int classes) {
        this.predicted = predicted;
        this.actual = actual;
        this.classes = classes;
    }

    public static MulticlassClassification of(int[] predicted, int[] actual, int classes) {
        if (predicted.length != actual.length) {
            throw new IllegalArgumentException(predicted.length + " predictions but " + actual.length + " outcomes");
        }
        if (classes < 2) {
            throw new IllegalArgumentException("a classifier needs at least 2 classes, got " + classes);
        }
        for (int i = 0; i < actual.length; i++) {
            if (predicted[i] < 0 || predicted[i] >= classes || actual[i] < 0 || actual[i] >= classes) {
                throw new IllegalArgumentException("row " + i + ": class " + predicted[i] + " or " + actual[i]
                        + " is not one of the " + classes + " classes");
            }
        }
        return new MulticlassClassification(predicted.clone(), actual.clone(), classes);
    }

    @Override
    public List<Metric> metrics() {
        return METRICS;
    }

    @Override
    public int rows() {
        return actual.length;
    }

    @Override
    public double[] compute(int @Nullable [] weights) {
        var matrix = new long[classes * classes];
        for (int i = 0; i < actual.length; i++) {
            matrix[actual[i] * classes + predicted[i]] += weights == null ? 1 : weights[i];
        }
        long total = 0;
        long correct = 0;
        var rowSum = new long[classes];
        var columnSum = new long[classes];
        for (int a = 0; a < classes; a++) {
            for (int p = 0; p < classes; p++) {
                var count = matrix[a * classes + p];
                rowSum[a] += count;
                columnSum[p] += count;
                total += count;
            }
            correct += matrix[a * classes + a];
        }
        if (total == 0) {
            return new double[] {Double.NaN, Double.NaN, Double.NaN};
        }
        double macro = 0;
        double weighted = 0;
        int present = 0;
        for (int c = 0; c < classes; c++) {
            long tp = matrix[c * classes + c];
            long errors = rowSum[c] - tp + columnSum[c] - tp;
            if (tp + errors > 0) {
                double f1 = 2.0 * tp / (2.0 * tp + errors);
                macro += f1;
                weighted += rowSum[c] * f1;
                present++;
            }
        }
        return new double[] {correct / (double) total, macro / present, weighted / total};
    }

    /** Counts of (true class, predicted class): row a, column p. */
    public long[][] confusion() {
        var matrix = new long[classes][classes];
        for (int i = 0; i < actual.length; i++) {
            matrix[actual[i]][predicted[i]]++;
        }
        return matrix;
    }
}
