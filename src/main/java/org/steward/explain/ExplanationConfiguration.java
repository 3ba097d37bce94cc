package org.steward.explain;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.steward.explain.method.ExplanationSettings;

/** How explanations are computed and checked, from {@code steward.explanations.*}. */
@Configuration(proxyBeanMethods = false)
class ExplanationConfiguration {

    @Bean
    ExplanationSettings explanationSettings(
            @Value("${steward.explanations.min-rows:200}") int minRows,
            @Value("${steward.explanations.reliable-fidelity:0.8}") double reliableFidelity,
            @Value("${steward.explanations.trees:60}") int trees,
            @Value("${steward.explanations.max-levels:50}") int maxLevels,
            @Value("${steward.explanations.permutation-repeats:5}") int repeats,
            @Value("${steward.explanations.explained-rows:1000}") int explainedRows,
            @Value("${steward.explanations.top-features:3}") int topFeatures,
            @Value("${steward.explanations.seed:20260101}") long seed) {
        return new ExplanationSettings(minRows, reliableFidelity, trees, maxLevels, repeats, explainedRows,
                topFeatures, seed);
    }

    @Bean
    AdditivityTolerance additivityTolerance(
            @Value("${steward.explanations.additivity-tolerance:0.001}") double tolerance) {
        return new AdditivityTolerance(tolerance);
    }

    /** The largest gap between base value + imported attributions and the model's output that is accepted. */
    record AdditivityTolerance(double value) {
        AdditivityTolerance {
            if (!(value > 0 && value < 1)) {
                throw new IllegalArgumentException("steward.explanations.additivity-tolerance must lie in (0, 1), got "
                        + value);
            }
        }
    }
}
