package org.steward.cost;

import java.util.Locale;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.steward.approval.Evidence;
import org.steward.approval.EvidenceGate;
import org.steward.approval.EvidencePolicy;
import org.steward.approval.GateContext;
import org.steward.approval.GateResult;

/**
 * The approval gate "Cost estimate": where the risk policy requires one, the model needs a budget for this year or
 * a later one, set by its business owner, as its estimate of what running it costs. Gates run inside the approval
 * calls of every role, so it reads the budgets without a role check of its own.
 */
@Component
@Order(15)
class CostEstimateGate implements EvidenceGate {

    private final CostLedger ledger;

    CostEstimateGate(CostLedger ledger) {
        this.ledger = ledger;
    }

    @Override
    public String name() {
        return Evidence.COST_ESTIMATE.gateName();
    }

    @Override
    @Transactional(readOnly = true)
    public GateResult evaluate(GateContext ctx) {
        var estimate = ledger.estimate(ctx.model().id());
        var found = estimate.map(b -> "budget " + b.period().label() + ": " + b.currency() + " "
                + b.amount().setScale(2, Money.ROUNDING).toPlainString() + ", " + b.used().movePointRight(2)
                .setScale(0, Money.ROUNDING) + "% used");
        if (!EvidencePolicy.requires(ctx.risk(), Evidence.COST_ESTIMATE)) {
            var notRequired = "Not required for " + ctx.risk().label().toLowerCase(Locale.ROOT) + " models";
            return GateResult.notApplicable(found.map(f -> notRequired + "; " + f + ".").orElse(notRequired + "."));
        }
        return found.map(f -> GateResult.pass("Cost estimate recorded (" + f + ")."))
                .orElseGet(() -> GateResult.fail("No cost estimate: the model's business owner sets a budget for "
                        + "this year or a later one in the Costs tab."));
    }
}
