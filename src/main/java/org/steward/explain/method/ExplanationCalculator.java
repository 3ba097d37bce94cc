package org.steward.explain.method;

import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.CancellationException;
import org.steward.base.InvalidInputException;
import org.steward.dataset.Progress;
import org.steward.dataset.ScoredSample;
import org.steward.dataset.TaskType;
import org.steward.explain.method.ExplanationReport.Fidelity;
import org.steward.explain.method.ExplanationReport.Kind;

/**
 * Explains a model from its scored sample: a random-forest surrogate is fitted to the model's output on 70% of the
 * rows (chosen at random with the seed) and checked on the other 30%; tree SHAP, permutation importance, partial
 * dependence and ICE are computed on up to {@link ExplanationSettings#explainedRows()} of the held-out rows, and a
 * depth-3 tree gives readable rules.
 */
public final class ExplanationCalculator {

    static final double FIT_SHARE = 0.7;

    /** The report and the surrogate behind it (kept to explain single decisions). */
    public record Result(ExplanationReport report, Surrogate surrogate) {
    }

    private ExplanationCalculator() {
    }

    /** Whether the sample can be explained at all (binary and regression models with features). */
    public static boolean explains(ScoredSample sample) {
        return sample.task() != TaskType.MULTICLASS && !sample.features().isEmpty();
    }

    public static Result compute(ScoredSample sample, ExplanationSettings settings, Progress progress) {
        if (sample.task() == TaskType.MULTICLASS) {
            throw InvalidInputException.of("task", "explanations of multiclass models are not supported yet");
        }
        progress.step("Checking the features", 0);
        var table = FeatureTable.of(sample, settings);
        var output = sample.output();
        if (Fit.constant(output)) {
            throw InvalidInputException.of("output", "the model's output is " + FeatureTable.format(output[0])
                    + " in every row: there is nothing to explain");
        }
        var order = shuffledRows(sample.rows(), settings.seed());
        var cut = (int) Math.round(sample.rows() * FIT_SHARE);
        var fitted = Arrays.copyOfRange(order, 0, cut);
        var heldOut = Arrays.copyOfRange(order, cut, order.length);
        var heldOutOutput = FeatureTable.select(output, heldOut);
        if (Fit.constant(heldOutOutput)) {
            throw InvalidInputException.of("output", "the model's output is the same in every held-out row: "
                    + "fidelity cannot be measured; upload a larger or more varied sample");
        }

        progress.step("Fitting the surrogate (" + settings.trees() + " trees)", 0.05);
        var surrogate = Surrogate.fit(table, fitted, output, settings);
        var predicted = surrogate.predict(table.frame(heldOut, null));
        var agreement = sample.task() == TaskType.BINARY
                ? Fit.agreement(heldOutOutput, predicted, sample.threshold()) : null;
        var fidelity = new Fidelity(Fit.r2(heldOutOutput, predicted), agreement, settings.reliableFidelity());
        cancelled(progress);

        var explained = Arrays.copyOf(heldOut, Math.min(heldOut.length, settings.explainedRows()));
        var explainedOutput = FeatureTable.select(output, explained);
        progress.step("Computing SHAP values of " + explained.length + " rows", 0.35);
        var phi = new double[explained.length][];
        var additivity = 0.0;
        for (var i = 0; i < explained.length; i++) {
            var row = table.row(explained[i]);
            phi[i] = surrogate.shap(row);
            additivity = Math.max(additivity, Math.abs(surrogate.predict(row) - surrogate.base()
                    - Arrays.stream(phi[i]).sum()));
        }
        cancelled(progress);

        progress.step("Permutation importance (" + settings.repeats() + " repeats)", 0.6);
        var permutation = PermutationImportance.of(surrogate, table, explained, explainedOutput, settings.repeats(),
                settings.seed(), progress::cancelled);
        cancelled(progress);
        var features = Attribution.importances(table, explained, phi, permutation);
        var top = Attribution.top(table, features, Math.min(settings.topFeatures(), table.width()));

        progress.step("Partial dependence and ICE", 0.8);
        var pdp = PartialDependenceCurves.of(surrogate, table, explained, top);
        progress.step("Readable rules", 0.9);
        var rules = RuleTree.of(table, output, fitted, heldOut);
        cancelled(progress);

        var report = new ExplanationReport(Kind.SURROGATE, sample.task(), target(sample), sample.rows(),
                fitted.length, heldOut.length, explained.length, fidelity, surrogate.base(), additivity, features,
                Attribution.dependence(table, explained, phi, top), pdp, rules,
                Narrative.summary(features, fidelity, heldOut.length), method(settings, fitted.length,
                heldOut.length, explained.length));
        progress.step("Done", 1);
        return new Result(report, surrogate);
    }

    static String target(ScoredSample sample) {
        return sample.task() == TaskType.BINARY ? "probability of '" + sample.positiveClass() + "'" : "prediction";
    }

    private static String method(ExplanationSettings s, int fitted, int heldOut, int explained) {
        return String.format(Locale.ROOT, "Global surrogate: Smile random forest (%d trees, depth ≤ %d, ≤ %d "
                        + "leaves, seed %d) fitted to the model's output on %d rows, fidelity R² on %d held-out rows "
                        + "(reliable from %s). Tree SHAP (path-dependent) of the surrogate, permutation importance "
                        + "(%d repeats, drop in R²), partial dependence and ICE on %d held-out rows. Rules: Smile "
                        + "regression tree of depth %d.", s.trees(), Surrogate.MAX_DEPTH, Surrogate.MAX_LEAVES, s.seed(), fitted, heldOut,
                Narrative.decimals(s.reliableFidelity()), s.repeats(), explained, RuleTree.DEPTH);
    }

    private static int[] shuffledRows(int rows, long seed) {
        var order = new int[rows];
        for (var i = 0; i < rows; i++) {
            order[i] = i;
        }
        var random = new SplittableRandom(seed);
        for (var i = rows - 1; i > 0; i--) {
            var k = random.nextInt(i + 1);
            var swap = order[i];
            order[i] = order[k];
            order[k] = swap;
        }
        return order;
    }

    private static void cancelled(Progress progress) {
        if (progress.cancelled()) {
            throw new CancellationException("The explanation was cancelled; nothing was stored.");
        }
    }
}
