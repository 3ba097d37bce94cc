package org.steward.drift;

import org.apache.datasketches.kll.KllDoublesSketch;

/**
 * KLL quantile sketches of the size Steward keeps per feature. With k = 2000 a sketch retains about 5,600 items
 * (45 KB) however many values it summarises; PSI on decile bins from two sketches alone stays within 2% of the exact
 * value where PSI ≥ 0.013 (docs/performance.md), which is why PSI comes from {@link BinCounts} where they are kept.
 */
public final class Sketches {

    /** The sketches' accuracy parameter k. */
    public static final int K = 2000;

    private Sketches() {
    }

    /** An empty sketch of Steward's size. */
    public static KllDoublesSketch empty() {
        return KllDoublesSketch.newHeapInstance(K);
    }

    /** A sketch of the finite values (others are data-quality findings, not part of the distribution). */
    public static KllDoublesSketch of(double[] values) {
        var sketch = empty();
        for (double value : values) {
            if (Double.isFinite(value)) {
                sketch.update(value);
            }
        }
        return sketch;
    }
}
