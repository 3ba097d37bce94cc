package org.steward.card;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.steward.approval.ApprovalWorkflow;
import org.steward.approval.GateContext;
import org.steward.approval.GateOutcome;
import org.steward.approval.GateResult;
import org.steward.approval.RiskLevel;
import org.steward.identity.RunAs;
import org.steward.register.EuRiskCategory;
import org.steward.register.InternalRiskTier;
import org.steward.register.ModelRegister;
import org.steward.register.ModelView;
import org.steward.register.RegisterSeeding;

/** The approval gate "Model card complete", evaluated as a reviewer would, against real cards. */
@SpringBootTest
class CardGateTest {

    @Autowired
    CardGate gate;

    @Autowired
    CardAuthoring authoring;

    @Autowired
    RunAs runAs;

    @Autowired
    ModelRegister register;

    @Autowired
    ApprovalWorkflow workflow;

    @Autowired
    RegisterSeeding seeding;

    private CardFixtures f() {
        return new CardFixtures(runAs, register, workflow, seeding, authoring);
    }

    private GateResult evaluate(CardFixtures f, ModelView model, String label) {
        return f.asOwner(() -> gate.evaluate(new GateContext(model, register.version(model.id(), label),
                RiskLevel.of(model.details()))));
    }

    @Test
    void a_medium_risk_version_without_a_card_fails_and_names_what_is_missing() {
        var f = f();
        var model = f.model(EuRiskCategory.LIMITED, InternalRiskTier.MEDIUM);
        f.draft(model, "1.0.0");

        var result = evaluate(f, model, "1.0.0");

        assertThat(result.outcome()).isEqualTo(GateOutcome.FAIL);
        assertThat(result.reason()).startsWith("No model card for version 1.0.0 yet")
                .contains("Limitations, known failure modes and uncertainty", "Licence", "Metrics with confidence "
                        + "intervals", "Monitoring baseline")
                .doesNotContain("Fairness results");
    }

    @Test
    void a_medium_risk_card_with_every_text_still_fails_without_the_evidence_its_risk_requires() {
        var f = f();
        var model = f.model(EuRiskCategory.LIMITED, InternalRiskTier.MEDIUM);
        f.draft(model, "1.0.0");
        f.saveAsDev(model, "1.0.0", CardFixtures.COMPLETE);

        var result = evaluate(f, model, "1.0.0");

        assertThat(result.outcome()).isEqualTo(GateOutcome.FAIL);
        assertThat(result.reason()).startsWith("Card 1 (draft) of version 1.0.0 is ")
                .endsWith("missing Metrics with confidence intervals; Monitoring baseline.");
    }

    @Test
    void low_risk_models_do_not_need_a_card_but_the_gate_reports_its_score() {
        var f = f();
        var model = f.lowRisk();
        f.draft(model, "1.0.0");
        f.saveAsDev(model, "1.0.0", CardFixtures.COMPLETE);

        var result = evaluate(f, model, "1.0.0");

        assertThat(result.outcome()).isEqualTo(GateOutcome.NOT_APPLICABLE);
        assertThat(result.reason()).startsWith("Not required for low risk models; Card 1 (draft) of version 1.0.0: ")
                .contains("% complete");
    }
}
