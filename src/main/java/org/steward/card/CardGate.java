package org.steward.card;

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
 * The approval gate "Model card complete": where the risk policy requires a card, the version's latest card (draft or
 * published) must have every item its risk level requires. Gates run inside the calls of the developers, owners and
 * risk officers who decide; the card's evidence is read as them.
 */
@Component
@Order(10)
class CardGate implements EvidenceGate {

    private final CardAuthoring authoring;

    CardGate(CardAuthoring authoring) {
        this.authoring = authoring;
    }

    @Override
    public String name() {
        return Evidence.MODEL_CARD.gateName();
    }

    @Override
    @Transactional(readOnly = true)
    public GateResult evaluate(GateContext ctx) {
        var composed = authoring.current(ctx.model(), ctx.version());
        var completeness = composed.completeness();
        var card = composed.card();
        var which = card == null ? "No model card for version " + ctx.version().label() + " yet"
                : "Card " + card.number() + " (" + card.status().label().toLowerCase(Locale.ROOT) + ") of version "
                + ctx.version().label();
        var score = completeness.score() + "% complete (" + completeness.present() + " of "
                + completeness.items().size() + " items)";
        if (!EvidencePolicy.requires(ctx.risk(), Evidence.MODEL_CARD)) {
            return GateResult.notApplicable("Not required for " + ctx.risk().label().toLowerCase(Locale.ROOT)
                    + " models; " + (card == null ? "no card yet." : which + ": " + score + "."));
        }
        if (card == null) {
            return GateResult.fail(which + ": write it in the Model card tab (" + score + " from the register; "
                    + "missing " + Completeness.labels(completeness.missingRequired()) + ").");
        }
        if (!completeness.complete()) {
            return GateResult.fail(which + " is " + score + "; missing "
                    + Completeness.labels(completeness.missingRequired()) + ".");
        }
        return GateResult.pass(which + ": " + score + ", every required item present.");
    }
}
