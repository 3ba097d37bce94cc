package org.steward.chart;

/** A named series of points for {@link Charts#curves} and {@link Charts#scatter}; {@code x} and {@code y} pair up. */
public record Series(String name, double[] x, double[] y) {

    public Series {
        x = x.clone();
        y = y.clone();
    }

    /** Number of points. */
    public int size() {
        return x.length;
    }
}
