package org.steward.monitoring;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A stored baseline as read: where it came from, its size, the schema of each feature and the reference AUC. */
public record BaselineView(long id, long modelId, long versionId, String versionLabel, String source, int rows,
                           List<FeatureSchema> features, @Nullable Double referenceAuc, String createdBy,
                           Instant createdAt) {

    public BaselineView {
        features = List.copyOf(features);
    }

    /** A feature's type and allowed values: range for numbers, the first 50 categories by count otherwise. */
    public record FeatureSchema(String name, FeatureKind kind, long count, long missing, @Nullable Double min,
                                @Nullable Double max, boolean exact, long distinct, List<String> categories) {

        public FeatureSchema {
            categories = List.copyOf(categories);
        }
    }
}
