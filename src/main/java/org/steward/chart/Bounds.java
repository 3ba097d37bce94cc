package org.steward.chart;

/** The extent of the data over one or more series. */
final class Bounds {

    double minX = Double.POSITIVE_INFINITY;
    double maxX = Double.NEGATIVE_INFINITY;
    double minY = Double.POSITIVE_INFINITY;
    double maxY = Double.NEGATIVE_INFINITY;

    static Bounds of(Series series) {
        var bounds = new Bounds();
        bounds.add(series);
        return bounds;
    }

    void add(Series series) {
        for (var i = 0; i < series.size(); i++) {
            minX = Math.min(minX, series.x()[i]);
            maxX = Math.max(maxX, series.x()[i]);
            minY = Math.min(minY, series.y()[i]);
            maxY = Math.max(maxY, series.y()[i]);
        }
    }
}
