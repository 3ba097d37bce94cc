package org.steward.statistics;

import java.util.List;

/** The metric values of every bootstrap resample, NaN where a resample left a metric undefined. */
public final class Resamples {

    private final List<Metric> metrics;
    private final double[][] values;

    Resamples(List<Metric> metrics, double[][] values) {
        this.metrics = List.copyOf(metrics);
        this.values = values;
    }

    public List<Metric> metrics() {
        return metrics;
    }

    /** The values of one metric, resample by resample. */
    public double[] values(Metric metric) {
        int m = metrics.indexOf(metric);
        if (m < 0) {
            throw new IllegalArgumentException(metric.label() + " was not resampled; these were: " + metrics);
        }
        return values[m].clone();
    }
}
