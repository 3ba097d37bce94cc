package org.steward.monitoring;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.steward.drift.DriftCriterion;

/**
 * How a model's production window is judged (docs/monitoring.md, "Status rules").
 *
 * @param windowBatches  the window is the last this many batches ...
 * @param windowHours    ... or, when set, every batch observed in the last this many hours
 * @param minRows        fewer observations than this in the window (per feature: valid values) judge no drift
 * @param driftRedShare  RED when at least this share of features drifted (any drifted feature is AMBER)
 * @param criteria       per-feature drift criteria overriding {@link DriftCriterion#defaultFor}; key "output" is
 *                       the prediction
 * @param minOutcomes    fewer joined outcomes than this judge no performance decay
 * @param retrainOnRed   whether a RED alert raises a retraining request to the model's webhook
 */
public record MonitoringPolicySpec(int windowBatches, @Nullable Integer windowHours, int minRows,
                                   double driftRedShare, Map<String, DriftCriterion> criteria, Limit missingRate,
                                   Limit outOfRangeRate, Limit unseenRate, Limit typeErrorRate,
                                   Limit duplicateRate, Limit aucDrop, int minOutcomes, Limit errorRate,
                                   Limit latencyP95Ms, boolean retrainOnRed) {

    public MonitoringPolicySpec {
        criteria = Map.copyOf(criteria);
    }

    /** Steward's defaults (policy version 0). */
    public static final MonitoringPolicySpec DEFAULTS = new MonitoringPolicySpec(3, null, 100, 0.3, Map.of(),
            new Limit(0.05, 0.2), new Limit(0.01, 0.05), new Limit(0.01, 0.05), new Limit(0, 0.01),
            new Limit(0, 0.01), new Limit(0.03, 0.05), 50, new Limit(0.01, 0.05), new Limit(500, 1000), true);

    /** Field → problem, empty when the spec is usable. */
    public Map<String, String> problems() {
        var problems = new LinkedHashMap<String, String>();
        if (windowBatches < 1 || windowBatches > 1000) {
            problems.put("windowBatches", "must be between 1 and 1000");
        }
        if (windowHours != null && (windowHours < 1 || windowHours > 24 * 90)) {
            problems.put("windowHours", "must be between 1 and 2160 (90 days), or empty");
        }
        if (minRows < 1) {
            problems.put("minRows", "must be at least 1");
        }
        if (!(driftRedShare > 0 && driftRedShare <= 1)) {
            problems.put("driftRedShare", "must be above 0 and at most 1");
        }
        if (minOutcomes < 2) {
            problems.put("minOutcomes", "must be at least 2");
        }
        limit(problems, "missingRate", missingRate);
        limit(problems, "outOfRangeRate", outOfRangeRate);
        limit(problems, "unseenRate", unseenRate);
        limit(problems, "typeErrorRate", typeErrorRate);
        limit(problems, "duplicateRate", duplicateRate);
        limit(problems, "aucDrop", aucDrop);
        limit(problems, "errorRate", errorRate);
        limit(problems, "latencyP95Ms", latencyP95Ms);
        return problems;
    }

    private static void limit(Map<String, String> problems, String field, @Nullable Limit limit) {
        if (limit == null) {
            problems.put(field, "is required");
        } else if (!limit.problem().isEmpty()) {
            problems.put(field, limit.problem());
        }
    }

    /** The window in words, e.g. "last 3 batches". */
    public String describeWindow() {
        return windowHours != null ? "batches of the last " + windowHours + " h" : "last " + windowBatches
                + " batch" + (windowBatches == 1 ? "" : "es");
    }
}
