package org.steward.explain;

import java.time.Instant;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.steward.base.GovernanceEvent;
import org.steward.explain.method.ExplanationReport.Kind;

/** An explanation of a version was computed from its scored sample (or imported for it) and stored. */
public record ExplanationComputed(long modelId, long versionId, String versionLabel, long explanationId,
                                  long datasetId, String datasetSha256, Kind method, @Nullable Double fidelity,
                                  boolean reliable, String actor, Instant at) implements GovernanceEvent {

    @Override
    public String kind() {
        return "EXPLANATION_COMPUTED";
    }

    @Override
    public String subject() {
        return "model:" + modelId;
    }

    @Override
    public String summary() {
        var how = method == Kind.SURROGATE ? "surrogate fidelity R² " + String.format(Locale.ROOT, "%.3f", fidelity)
                : "imported attributions";
        return "Explanation of version " + versionLabel + " on dataset " + datasetSha256.substring(0, 12) + ": "
                + how + ", " + (reliable ? "reliable" : "not reliable");
    }
}
