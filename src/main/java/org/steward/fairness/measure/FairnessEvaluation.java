package org.steward.fairness.measure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.steward.dataset.TaskType;
import org.steward.fairness.measure.FairnessResult.AttributeResult;
import org.steward.fairness.measure.FairnessResult.Settings;

/**
 * Runs a fairness audit on data: per attribute (and pair of attributes when the policy asks) the groups' rates,
 * the measures of {@link Measure} with stratified bootstrap intervals, and the policy's verdict on each measure's
 * point estimate.
 */
public final class FairnessEvaluation {

    private FairnessEvaluation() {
    }

    public static FairnessResult evaluate(FairnessData data, FairnessPolicySpec spec, BootstrapSettings bootstrap) {
        var problems = spec.problems();
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("invalid fairness policy: " + problems);
        }
        var warnings = new ArrayList<String>();
        var audited = data;
        if (spec.intersections()) {
            if (data.attributes().size() < 2) {
                warnings.add("Intersections asked for, but there is only one sensitive attribute");
            }
            audited = data.withIntersections();
        }
        var attributes = new ArrayList<AttributeResult>();
        for (var attribute : audited.attributes()) {
            attributes.add(new AttributeEvaluation(attribute, spec, bootstrap, warnings).evaluate(data.outcomes()));
        }
        var failing = new ArrayList<String>();
        var notEvaluable = new ArrayList<String>();
        for (var a : attributes) {
            for (var m : a.measures()) {
                if (m.verdict() == Verdict.FAIL) {
                    failing.add(m.measure().label() + " on " + a.name() + ": " + Numbers.format(m.value().value())
                            + " (limit " + m.limit().describe() + ")");
                } else if (m.verdict() == Verdict.NOT_EVALUABLE) {
                    notEvaluable.add(m.measure().label() + " on " + a.name() + ": " + m.reason());
                }
            }
        }
        if (attributes.isEmpty()) {
            notEvaluable.add("No sensitive attribute to audit");
        }
        var verdict = !failing.isEmpty() ? Verdict.FAIL : !notEvaluable.isEmpty() ? Verdict.NOT_EVALUABLE
                : Verdict.PASS;
        var task = data.outcomes().task();
        var settings = new Settings(spec.limits(), spec.referenceMode(), spec.referenceGroups(), spec.minGroupSize(),
                spec.intersections(), bootstrap.resamples(), bootstrap.confidence(), bootstrap.seed());
        return new FairnessResult(task.name(), primaryMetric(task), data.selection(), data.rows(),
                method(data, spec, bootstrap), settings, attributes, warnings, failing, notEvaluable, verdict);
    }

    static String primaryMetric(TaskType task) {
        return switch (task) {
            case BINARY -> "ROC AUC";
            case MULTICLASS -> "Accuracy";
            case REGRESSION -> "MAE";
        };
    }

    private static String method(FairnessData data, FairnessPolicySpec spec, BootstrapSettings bootstrap) {
        var task = data.outcomes().task();
        var rows = data.selection() + ", " + data.rows() + " rows";
        if (task != TaskType.BINARY) {
            return String.format(Locale.ROOT, "%s per group on the %s (%s model: the disparity measures need a binary "
                    + "classifier's decisions)%s.", primaryMetric(task), rows, task.label().toLowerCase(Locale.ROOT),
                    task == TaskType.MULTICLASS ? intervals(bootstrap, "correct/incorrect") : "");
        }
        return String.format(Locale.ROOT, "Binary decisions (score ≥ threshold, positive = favourable) on the %s; "
                + "rates per group, measures over groups of at least %d rows, %s%s. Verdicts on point estimates.",
                rows, spec.minGroupSize(), spec.referenceMode() == ReferenceMode.BETWEEN_GROUPS
                        ? "between groups (worst vs best)" : "against reference groups " + spec.referenceGroups(),
                intervals(bootstrap, "TP/FP/TN/FN"));
    }

    private static String intervals(BootstrapSettings b, String cells) {
        if (b.resamples() == 0) {
            return "; no intervals";
        }
        return String.format(Locale.ROOT, "; %.0f%% percentile intervals from %d bootstrap resamples stratified by "
                + "group (multinomial over each group's %s cells, exact binomial sampler, seed %d)",
                b.confidence() * 100, b.resamples(), cells, b.seed());
    }
}
