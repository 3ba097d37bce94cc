package org.steward.explain.method;

import org.jspecify.annotations.Nullable;

/** Goodness of fit of one series to another: R², the measure of surrogate fidelity. */
final class Fit {

    private Fit() {
    }

    /** 1 − Σ(y − ŷ)² / Σ(y − ȳ)²; the caller makes sure {@code y} is not constant. */
    static double r2(double[] y, double[] predicted) {
        var mean = 0.0;
        for (var v : y) {
            mean += v;
        }
        mean /= y.length;
        var residual = 0.0;
        var total = 0.0;
        for (var i = 0; i < y.length; i++) {
            residual += (y[i] - predicted[i]) * (y[i] - predicted[i]);
            total += (y[i] - mean) * (y[i] - mean);
        }
        return 1 - residual / total;
    }

    /** Share of rows where both are on the same side of the threshold ({@code ≥} is positive). */
    static double agreement(double[] y, double[] predicted, double threshold) {
        var same = 0;
        for (var i = 0; i < y.length; i++) {
            same += (y[i] >= threshold) == (predicted[i] >= threshold) ? 1 : 0;
        }
        return (double) same / y.length;
    }

    static boolean constant(double[] values) {
        for (var v : values) {
            if (v != values[0]) {
                return false;
            }
        }
        return true;
    }

    /** Spearman rank correlation (average ranks for ties); null when either side is constant. */
    static @Nullable Double spearman(double[] x, double[] y) {
        if (constant(x) || constant(y)) {
            return null;
        }
        var rx = ranks(x);
        var ry = ranks(y);
        var mx = 0.0;
        var my = 0.0;
        for (var i = 0; i < x.length; i++) {
            mx += rx[i];
            my += ry[i];
        }
        mx /= x.length;
        my /= x.length;
        var sxy = 0.0;
        var sxx = 0.0;
        var syy = 0.0;
        for (var i = 0; i < x.length; i++) {
            sxy += (rx[i] - mx) * (ry[i] - my);
            sxx += (rx[i] - mx) * (rx[i] - mx);
            syy += (ry[i] - my) * (ry[i] - my);
        }
        return sxy / Math.sqrt(sxx * syy);
    }

    private static double[] ranks(double[] values) {
        var order = java.util.stream.IntStream.range(0, values.length).boxed()
                .sorted(java.util.Comparator.comparingDouble(i -> values[i])).mapToInt(Integer::intValue).toArray();
        var ranks = new double[values.length];
        var i = 0;
        while (i < order.length) {
            var j = i;
            while (j + 1 < order.length && values[order[j + 1]] == values[order[i]]) {
                j++;
            }
            var rank = (i + j) / 2.0 + 1;
            for (var k = i; k <= j; k++) {
                ranks[order[k]] = rank;
            }
            i = j + 1;
        }
        return ranks;
    }
}
