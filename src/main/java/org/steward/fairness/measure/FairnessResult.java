package org.steward.fairness.measure;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a fairness audit found, ready to be stored as JSON: per sensitive attribute (and pair of attributes) the
 * groups with their rates and the measures with their verdicts. Undefined numbers are null, never NaN.
 *
 * @param task          the model's task, e.g. "BINARY"
 * @param primaryMetric the per-group metric of the model: "ROC AUC", "Accuracy" or "MAE"
 * @param selection     which rows were audited, e.g. "Test split"
 * @param rows          how many rows were audited
 * @param method        how it was computed, in one paragraph
 * @param failing       the measures that failed, one line each, e.g. "Disparate impact … on sex: 0.72 (≥ 0.80)"
 * @param notEvaluable  the policy's measures that could not be judged, one line each with the reason
 * @param verdict       FAIL if any measure failed; otherwise NOT_EVALUABLE if any could not be judged; else PASS
 */
public record FairnessResult(String task, String primaryMetric, String selection, int rows, String method,
                             Settings settings, List<AttributeResult> attributes, List<String> warnings,
                             List<String> failing, List<String> notEvaluable, Verdict verdict) {

    public FairnessResult {
        attributes = List.copyOf(attributes);
        warnings = List.copyOf(warnings);
        failing = List.copyOf(failing);
        notEvaluable = List.copyOf(notEvaluable);
    }

    public Optional<AttributeResult> attribute(String name) {
        return attributes.stream().filter(a -> a.name().equals(name)).findFirst();
    }

    /**
     * The settings the audit ran with, copied from the policy and the bootstrap.
     *
     * @param confidence the level of the intervals, e.g. 0.95
     * @param seed       the seed of the resampling: the same seed and data give the same intervals
     */
    public record Settings(List<MeasureLimit> limits, ReferenceMode referenceMode,
                           Map<String, String> referenceGroups, int minGroupSize, boolean intersections,
                           int resamples, double confidence, long seed) {
        public Settings {
            limits = List.copyOf(limits);
            referenceGroups = Map.copyOf(referenceGroups);
        }
    }

    /** A number with its bootstrap interval; each part null when undefined (or, for the interval, not computed). */
    public record Estimate(@Nullable Double value, @Nullable Double low, @Nullable Double high) {

        public static final Estimate NONE = new Estimate(null, null, null);

        public static Estimate of(@Nullable Double value) {
            return new Estimate(value, null, null);
        }

        public boolean hasInterval() {
            return low != null && high != null;
        }
    }

    /**
     * One sensitive attribute, or one pair of them.
     *
     * @param reference the group everything was compared with, or null when compared between groups
     * @param metricGap the largest minus the smallest primary metric among the compared groups, or null
     * @param curves    ROC and calibration per group (binary models, single attributes only)
     */
    public record AttributeResult(String name, boolean intersection, @Nullable String reference,
                                  List<GroupResult> groups, List<MeasureResult> measures,
                                  @Nullable Double metricGap, List<GroupCurves> curves) {
        public AttributeResult {
            groups = List.copyOf(groups);
            measures = List.copyOf(measures);
            curves = List.copyOf(curves);
        }

        public Optional<MeasureResult> measure(Measure measure) {
            return measures.stream().filter(m -> m.measure() == measure).findFirst();
        }

        public Optional<GroupResult> group(String name) {
            return groups.stream().filter(g -> g.group().equals(name)).findFirst();
        }
    }

    /**
     * One group's figures. The rates are those of a binary model and null for other tasks.
     *
     * @param actualPositives    rows whose outcome is the positive class (binary only)
     * @param predictedPositives rows the model decided positively (binary only)
     * @param metric             the model's primary metric in this group (interval for accuracy only)
     * @param small              fewer rows than the policy's minimum group size: shown, not compared
     */
    public record GroupResult(String group, int n, @Nullable Integer actualPositives,
                              @Nullable Integer predictedPositives, Estimate selectionRate, Estimate tpr,
                              Estimate fpr, Estimate precision, Estimate accuracy, Estimate metric,
                              boolean small) {
    }

    /**
     * One measure on one attribute.
     *
     * @param value       the point estimate with its bootstrap interval
     * @param limit       the policy's limit, or null when the policy does not check this measure
     * @param verdict     the policy's verdict on the point estimate, or null when the policy does not check it
     * @param reason      why the measure is undefined or failed, in words; null when it passed
     * @param worstGroups the groups that set the value (e.g. lowest and highest selection rate)
     * @param groupValues per group, the value the measure is built from (disparate impact: each group's ratio)
     */
    public record MeasureResult(Measure measure, Estimate value, @Nullable MeasureLimit limit,
                                @Nullable Verdict verdict, @Nullable String reason, List<String> worstGroups,
                                List<GroupValue> groupValues) {
        public MeasureResult {
            worstGroups = List.copyOf(worstGroups);
            groupValues = List.copyOf(groupValues);
        }
    }

    /** A per-group value of a measure, e.g. a group's disparate-impact ratio. */
    public record GroupValue(String group, @Nullable Double value) {
    }

    /** A group's ROC curve (at most 200 points, from (0, 0) to (1, 1)) and its calibration in ten bins. */
    public record GroupCurves(String group, @Nullable Double auc, List<Point> roc, List<Bin> calibration) {
        public GroupCurves {
            roc = List.copyOf(roc);
            calibration = List.copyOf(calibration);
        }
    }

    /** A point of a ROC curve: false-positive rate x, true-positive rate y. */
    public record Point(double x, double y) {
    }

    /** A calibration bin: mean predicted probability, observed share of positives and rows in it. */
    public record Bin(double predicted, double observed, int n) {
    }
}
