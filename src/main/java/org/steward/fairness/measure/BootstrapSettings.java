package org.steward.fairness.measure;

/**
 * How the confidence intervals are computed.
 *
 * @param resamples  bootstrap resamples; 0 computes no intervals
 * @param confidence the interval's level, e.g. 0.95
 * @param seed       the same seed and data give the same intervals
 */
public record BootstrapSettings(int resamples, double confidence, long seed) {

    public static final int DEFAULT_RESAMPLES = 1000;
    public static final double DEFAULT_CONFIDENCE = 0.95;

    public BootstrapSettings {
        if (resamples < 0) {
            throw new IllegalArgumentException("resamples must be 0 or more");
        }
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("confidence must be between 0 and 1");
        }
    }

    /** 1000 resamples, 95 % intervals. */
    public static BootstrapSettings withSeed(long seed) {
        return new BootstrapSettings(DEFAULT_RESAMPLES, DEFAULT_CONFIDENCE, seed);
    }
}
