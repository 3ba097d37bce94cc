package org.steward.validation;

import java.time.Instant;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.steward.base.GovernanceEvent;
import org.steward.statistics.Metric;

/** Validation metrics were computed from a scored sample of a version and stored. */
public record ValidationComputed(long modelId, long versionId, String versionLabel, long resultId, long datasetId,
                                 String datasetSha256, Metric primaryMetric, @Nullable Double testValue,
                                 @Nullable Double overfittingGap, String actor, Instant at) implements GovernanceEvent {

    @Override
    public String kind() {
        return "VALIDATION_COMPUTED";
    }

    @Override
    public String subject() {
        return "model:" + modelId;
    }

    @Override
    public String summary() {
        return "Validation metrics of version " + versionLabel + " on dataset " + datasetSha256.substring(0, 12)
                + ": test " + primaryMetric.label() + " " + figure(testValue) + ", overfitting gap "
                + figure(overfittingGap);
    }

    private static String figure(@Nullable Double value) {
        return value == null ? "n/a" : String.format(Locale.ROOT, "%.3f", value);
    }
}
