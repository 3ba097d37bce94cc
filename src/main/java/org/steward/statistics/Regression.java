package org.steward.statistics;

import static org.steward.statistics.Metric.MAE;
import static org.steward.statistics.Metric.R2;
import static org.steward.statistics.Metric.RMSE;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Metrics of numeric predictions against the true values: RMSE, MAE and R² = 1 − SS<sub>res</sub> /
 * SS<sub>tot</sub>, which is undefined when the true values do not vary.
 */
public final class Regression implements WeightedMetrics {

    private static final List<Metric> METRICS = List.of(RMSE, MAE, R2);

    private final double[] predicted;
    private final double[] actual;

    private Regression(double[] predicted, double[] actual) {
        this.predicted = predicted;
        this.actual = actual;
    }

    public static Regression of(double[] predicted, double[] actual) {
        if (predicted.length != actual.length) {
            throw new IllegalArgumentException(predicted.length + " predictions but " + actual.length + " outcomes");
        }
        for (int i = 0; i < actual.length; i++) {
            if (!Double.isFinite(predicted[i]) || !Double.isFinite(actual[i])) {
                throw new IllegalArgumentException("row " + i + ": prediction " + predicted[i] + " or outcome "
                        + actual[i] + " is not a finite number");
            }
        }
        return new Regression(predicted.clone(), actual.clone());
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
        double total = 0;
        double sum = 0;
        double squaredResiduals = 0;
        double absoluteResiduals = 0;
        double lowest = Double.POSITIVE_INFINITY;
        double highest = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < actual.length; i++) {
            int w = weights == null ? 1 : weights[i];
            if (w != 0) {
                var residual = actual[i] - predicted[i];
                total += w;
                sum += w * actual[i];
                squaredResiduals += w * residual * residual;
                absoluteResiduals += w * Math.abs(residual);
                lowest = Math.min(lowest, actual[i]);
                highest = Math.max(highest, actual[i]);
            }
        }
        if (total == 0) {
            return new double[] {Double.NaN, Double.NaN, Double.NaN};
        }
        var mean = sum / total;
        double squaredDeviations = 0;
        for (int i = 0; i < actual.length; i++) {
            int w = weights == null ? 1 : weights[i];
            squaredDeviations += w * (actual[i] - mean) * (actual[i] - mean);
        }
        // compared on the values themselves: a rounded mean would make constant outcomes look barely varying
        var r2 = lowest == highest ? Double.NaN : 1 - squaredResiduals / squaredDeviations;
        return new double[] {Math.sqrt(squaredResiduals / total), absoluteResiduals / total, r2};
    }

    /**
     * (prediction, residual = outcome − prediction) of at most {@code max} rows, evenly spaced through the rows in
     * their order, so the same data always gives the same points.
     */
    public List<CurvePoint> residuals(int max) {
        if (max < 1) {
            throw new IllegalArgumentException("keep at least 1 point, got " + max);
        }
        int n = actual.length;
        int kept = Math.min(n, max);
        var points = new ArrayList<CurvePoint>(kept);
        for (int k = 0; k < kept; k++) {
            int i = (int) ((long) k * n / kept);
            points.add(new CurvePoint(predicted[i], actual[i] - predicted[i]));
        }
        return List.copyOf(points);
    }
}
