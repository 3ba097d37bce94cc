package org.steward.explain;

import java.util.Locale;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.steward.approval.Evidence;
import org.steward.approval.EvidenceGate;
import org.steward.approval.EvidencePolicy;
import org.steward.approval.GateContext;
import org.steward.approval.GateResult;
import org.steward.explain.method.ExplanationReport.Kind;
import org.steward.explain.method.Narrative;

/**
 * The approval gate "Explanation present and reliable": where the risk policy requires an explanation, the version's
 * latest one must be reliable (a surrogate at or above the fidelity threshold, or imported attributions that add up).
 * Gates run inside the approval calls of developers, owners and risk officers alike, so it reads the results
 * directly, without a role check of its own.
 */
@Component
@Order(13)
class ExplanationGate implements EvidenceGate {

    private final StoredExplanations results;

    ExplanationGate(StoredExplanations results) {
        this.results = results;
    }

    @Override
    public String name() {
        return Evidence.EXPLANATION.gateName();
    }

    @Override
    @Transactional(readOnly = true)
    public GateResult evaluate(GateContext ctx) {
        var label = versionName(ctx.version().label());
        var latest = results.findFirstByVersionIdOrderByIdDesc(ctx.version().id()).map(Explanations::view);
        if (!EvidencePolicy.requires(ctx.risk(), Evidence.EXPLANATION)) {
            var notRequired = "Not required for " + ctx.risk().label().toLowerCase(Locale.ROOT) + " models";
            return GateResult.notApplicable(latest.map(e -> notRequired + "; latest: " + figures(e) + ".")
                    .orElse(notRequired + "."));
        }
        if (latest.isEmpty()) {
            return GateResult.fail("No explanation for " + label + ": upload a scored sample with its feature "
                    + "columns mapped in Evaluation data, or import attributions.");
        }
        var e = latest.get();
        if (!e.reliable()) {
            return GateResult.fail("The latest explanation of " + label + " is not reliable: " + figures(e)
                    + ", below " + Narrative.decimals(e.report().fidelity().threshold()) + ".");
        }
        return GateResult.pass("Reliable explanation of " + label + ": " + figures(e) + ".");
    }

    private static String figures(ExplanationView e) {
        var how = e.kind() == Kind.SURROGATE ? "surrogate fidelity R² " + Narrative.decimals(e.fidelity())
                : "imported attributions that add up to the output";
        return how + " (dataset " + e.shortHash() + ")";
    }

    /** "v1.2" for a label "1.2"; labels that already start with a v stay as they are. */
    private static String versionName(String label) {
        return label.toLowerCase(Locale.ROOT).startsWith("v") ? label : "v" + label;
    }
}
