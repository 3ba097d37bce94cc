package org.steward.monitoring;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A stored baseline as read: where it came from, its size, the schema of each feature and the reference AUC.
 *
 * @param keyId      the id of the key its summary is sealed with; null when stored before encryption at rest
 * @param exactPurge when, by whom and why its exact values were purged (drift is judged on the sketch since)
 */
public record BaselineView(long id, long modelId, long versionId, String versionLabel, String source, int rows,
                           List<FeatureSchema> features, @Nullable Double referenceAuc, String createdBy,
                           Instant createdAt, @Nullable String keyId, @Nullable RawDataPurge exactPurge) {

    public BaselineView {
        features = List.copyOf(features);
    }

    /**
     * A feature's type and allowed values: range for numbers, otherwise the first 50 categories by count that at
     * least 5 reference rows have (a rarer one may be one person's value).
     */
    public record FeatureSchema(String name, FeatureKind kind, long count, long missing, @Nullable Double min,
                                @Nullable Double max, boolean exact, long distinct, List<String> categories) {

        public FeatureSchema {
            categories = List.copyOf(categories);
        }
    }
}
