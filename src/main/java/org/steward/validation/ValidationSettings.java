package org.steward.validation;

import java.math.BigDecimal;

/**
 * How validation metrics are bootstrapped: the number of resamples, the random seed and the confidence level of
 * the percentile intervals.
 */
public record ValidationSettings(int resamples, long seed, double level) {

    public static final int MIN_RESAMPLES = 10;
    public static final int MAX_RESAMPLES = 100_000;
    public static final ValidationSettings DEFAULT = new ValidationSettings(1000, 20260101L, 0.95);

    public ValidationSettings {
        if (resamples < MIN_RESAMPLES || resamples > MAX_RESAMPLES) {
            throw new IllegalArgumentException("steward.validation.bootstrap-resamples must lie between "
                    + MIN_RESAMPLES + " and " + MAX_RESAMPLES + ", got " + resamples);
        }
        if (!(level >= 0.5 && level < 1)) {
            throw new IllegalArgumentException("steward.validation.confidence-level must lie in [0.5, 1), got "
                    + level);
        }
    }

    /** The level as a percentage, e.g. "95%". */
    public String levelPercent() {
        return BigDecimal.valueOf(level).movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }
}
