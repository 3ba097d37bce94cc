package org.steward.validation;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The bootstrap settings and the overfitting-gap limit, from {@code steward.validation.*}. */
@Configuration(proxyBeanMethods = false)
class ValidationConfiguration {

    @Bean
    ValidationSettings validationSettings(
            @Value("${steward.validation.bootstrap-resamples:1000}") int resamples,
            @Value("${steward.validation.seed:20260101}") long seed,
            @Value("${steward.validation.confidence-level:0.95}") double level) {
        return new ValidationSettings(resamples, seed, level);
    }

    @Bean
    GapLimit overfittingGapLimit(@Value("${steward.validation.max-overfitting-gap:0.05}") double limit) {
        return new GapLimit(limit);
    }

    /** The largest overfitting gap (train − test on the primary metric) the approval gate accepts. */
    record GapLimit(double value) {
        GapLimit {
            if (!(value >= 0 && value < 1)) {
                throw new IllegalArgumentException("steward.validation.max-overfitting-gap must lie in [0, 1), got "
                        + value);
            }
        }
    }
}
