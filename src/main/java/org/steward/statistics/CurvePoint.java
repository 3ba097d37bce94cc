package org.steward.statistics;

import java.util.ArrayList;
import java.util.List;

/** One point of a curve or scatter plot: ROC (false-positive rate, true-positive rate), PR (recall, precision). */
public record CurvePoint(double x, double y) {

    /**
     * At most {@code max} points of {@code points}, evenly spaced along the list, always keeping the first and the
     * last; the list itself when it is short enough.
     */
    public static List<CurvePoint> thin(List<CurvePoint> points, int max) {
        if (max < 2) {
            throw new IllegalArgumentException("keep at least 2 points, got " + max);
        }
        if (points.size() <= max) {
            return List.copyOf(points);
        }
        var kept = new ArrayList<CurvePoint>(max);
        var step = (points.size() - 1) / (double) (max - 1);
        for (int k = 0; k < max; k++) {
            kept.add(points.get((int) Math.round(k * step)));
        }
        return List.copyOf(kept);
    }
}
