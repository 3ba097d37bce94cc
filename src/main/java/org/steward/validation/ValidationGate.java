package org.steward.validation;

import java.math.BigDecimal;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.steward.approval.Evidence;
import org.steward.approval.EvidenceGate;
import org.steward.approval.EvidencePolicy;
import org.steward.approval.GateContext;
import org.steward.approval.GateResult;
import org.steward.dataset.Split;

/**
 * The approval gate on validation metrics: where the risk policy requires them, the version's latest result must
 * have test metrics and an overfitting gap within the limit. Gates run inside approval calls of developers, owners
 * and risk officers alike, so it reads the results directly, without a role check of its own.
 */
@Component
@Order(11)
class ValidationGate implements EvidenceGate {

    private final StoredValidations results;
    private final ValidationConfiguration.GapLimit limit;

    ValidationGate(StoredValidations results, ValidationConfiguration.GapLimit limit) {
        this.results = results;
        this.limit = limit;
    }

    @Override
    public String name() {
        return Evidence.VALIDATION_METRICS.gateName();
    }

    @Override
    public GateResult evaluate(GateContext ctx) {
        var label = versionName(ctx.version().label());
        var latest = results.findFirstByVersionIdOrderByIdDesc(ctx.version().id()).map(ValidationResults::view);
        if (!EvidencePolicy.requires(ctx.risk(), Evidence.VALIDATION_METRICS)) {
            var notRequired = "Not required for " + ctx.risk().label().toLowerCase(Locale.ROOT) + " models";
            return GateResult.notApplicable(latest.map(v -> notRequired + "; latest: " + figures(v) + ".")
                    .orElse(notRequired + "."));
        }
        if (latest.isEmpty()) {
            return GateResult.fail("No validation metrics for " + label
                    + ": upload a scored sample in Evaluation data.");
        }
        var v = latest.get();
        var report = v.report();
        var metric = v.primaryMetric().label();
        var dataset = " (dataset " + v.shortHash() + ")";
        if (report.split(Split.TEST).isEmpty()) {
            return GateResult.fail("No test rows in the latest scored sample of " + label + dataset
                    + ": upload one with a test split.");
        }
        if (v.primaryTestValue() == null) {
            return GateResult.fail("The test " + metric + " of " + label + " cannot be computed" + dataset + ": "
                    + v.primaryMetric().undefinedWhen() + ".");
        }
        var gap = v.overfittingGap();
        if (gap == null) {
            return GateResult.fail(report.gap().reason() == null ? "The overfitting gap cannot be measured" + dataset
                    + "." : stripStop(report.gap().reason()) + dataset + ".");
        }
        var figures = "(train " + metric + " " + figure(v.primaryTrainValue()) + ", test "
                + figure(v.primaryTestValue()) + ")";
        if (gap > limit.value()) {
            return GateResult.fail("Overfitting gap " + figure(gap) + " " + figures + " exceeds the limit "
                    + plain(limit.value()) + dataset + ".");
        }
        return GateResult.pass("Test " + metric + " " + figure(v.primaryTestValue()) + "; overfitting gap "
                + figure(gap) + " " + figures + " within the limit " + plain(limit.value()) + dataset + ".");
    }

    /** "v1.2" for a label "1.2"; labels that already start with a v stay as they are. */
    private static String versionName(String label) {
        return label.toLowerCase(Locale.ROOT).startsWith("v") ? label : "v" + label;
    }

    private static String figures(ValidationView v) {
        return "test " + v.primaryMetric().label() + " " + figure(v.primaryTestValue()) + ", overfitting gap "
                + figure(v.overfittingGap()) + " (dataset " + v.shortHash() + ")";
    }

    static String figure(@Nullable Double value) {
        return value == null ? "n/a" : String.format(Locale.ROOT, "%.3f", value);
    }

    private static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static String stripStop(String text) {
        return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    }
}
