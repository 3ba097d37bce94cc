package org.steward.monitoring;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a baseline keeps: the number of reference rows, the summary of each feature in the order first seen, the
 * summary of the model's output, and the reference ROC AUC when the rows carried binary outcomes.
 */
public record BaselineSummary(int rows, List<FeatureSummary> features, FeatureSummary output,
                              @Nullable Double referenceAuc) {

    public BaselineSummary {
        features = List.copyOf(features);
    }

    /** The same summary without any feature's exact values, as after a retention purge. */
    BaselineSummary withoutExactValues() {
        return new BaselineSummary(rows, features.stream().map(FeatureSummary::withoutExact).toList(),
                output.withoutExact(), referenceAuc);
    }

    Optional<FeatureSummary> feature(String name) {
        return features.stream().filter(f -> f.name().equals(name)).findFirst();
    }
}
