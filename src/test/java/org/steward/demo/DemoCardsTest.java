package org.steward.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.steward.approval.ApprovalWorkflow;
import org.steward.approval.GateEvaluation;
import org.steward.approval.GateOutcome;
import org.steward.card.CardAuthoring;
import org.steward.card.CardCatalogue;
import org.steward.card.CatalogueEntry;
import org.steward.identity.Role;
import org.steward.identity.RunAs;
import org.steward.register.ModelRegister;
import org.steward.register.ApprovalStatus;
import org.steward.register.RegisterFilter;

/** The demo's model cards: published where their evidence allows, honest drafts elsewhere. */
@SpringBootTest
class DemoCardsTest {

    @Autowired
    CardCatalogue catalogue;

    @Autowired
    CardAuthoring authoring;

    @Autowired
    ApprovalWorkflow workflow;

    @Autowired
    ModelRegister register;

    @Autowired
    RunAs runAs;

    private <T> T asEndUser(java.util.function.Supplier<T> action) {
        return runAs.call("enduser", Set.of(Role.END_USER), action);
    }

    private long id(String name) {
        return runAs.call("auditor", Set.of(Role.AUDITOR), () -> register.list(new RegisterFilter(name, null, null,
                null, null, null), PageRequest.of(0, 5)).stream().filter(m -> m.name().equals(name)).findFirst()
                .orElseThrow().id());
    }

    @Test
    void end_users_find_the_published_demo_cards_of_models_in_use() {
        var entries = asEndUser(() -> catalogue.list(null, PageRequest.of(0, 100)));

        assertThat(entries).extracting(CatalogueEntry::modelName, CatalogueEntry::versionLabel)
                .contains(org.assertj.core.groups.Tuple.tuple("Retail credit scoring", "1.1.0"),
                        org.assertj.core.groups.Tuple.tuple("Telecom churn propensity", "3.0.0"),
                        org.assertj.core.groups.Tuple.tuple("Store demand forecast", "5.0.0"))
                // approved to replace 5.0.0, not deployed yet
                .doesNotContain(org.assertj.core.groups.Tuple.tuple("Store demand forecast", "5.1.0"));
        assertThat(entries).extracting(CatalogueEntry::status).containsOnly(ApprovalStatus.DEPLOYED);
        assertThat(entries).extracting(CatalogueEntry::modelName).doesNotContain("Employee attrition risk");
    }

    @Test
    void the_register_also_finds_the_card_of_the_approved_demand_version_not_deployed_yet() {
        var entries = runAs.call("auditor", Set.of(Role.AUDITOR), () -> catalogue.list("Store demand",
                PageRequest.of(0, 10)));

        assertThat(entries).extracting(CatalogueEntry::versionLabel, CatalogueEntry::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple("5.0.0", ApprovalStatus.DEPLOYED),
                org.assertj.core.groups.Tuple.tuple("5.1.0", ApprovalStatus.APPROVED));
    }

    @Test
    void the_credit_models_plain_card_tells_how_often_it_is_right_and_who_it_may_be_less_accurate_for() {
        var entry = asEndUser(() -> catalogue.list("Retail credit", PageRequest.of(0, 10))).getFirst();

        var plain = asEndUser(() -> catalogue.plain(entry.cardId()));
        var full = asEndUser(() -> catalogue.get(entry.cardId()));

        var accuracy = full.content().metrics().lines().stream().filter(l -> l.metric().equals("Accuracy"))
                .findFirst().orElseThrow().value();
        assertThat(plain.correctOutOf100()).isEqualTo((int) Math.round(accuracy * 100));
        assertThat(plain.howWell()).contains("correct about " + plain.correctOutOf100() + " of 100 times");
        assertThat(full.content().fairness().verdict()).isEqualTo("Fail");
        assertThat(plain.lessAccurateFor()).anyMatch(l -> l.contains("beyond the limits"));
        assertThat(plain.looksAt()).startsWith("It mostly looks at ");
        assertThat(plain.lastReview()).startsWith("Status: Deployed");
    }

    @Test
    void the_drafts_of_high_risk_models_without_evidence_stay_unpublished_and_their_gate_names_what_is_missing() {
        var id = id("Employee attrition risk");

        var current = runAs.call("owner2", Set.of(Role.BUSINESS_OWNER), () -> authoring.current(id, "1.0.0"));
        var gate = runAs.call("owner2", Set.of(Role.BUSINESS_OWNER), () -> workflow.gates(id, "1.0.0")).stream()
                .filter(g -> g.gate().equals("Model card complete")).findFirst().orElseThrow();

        assertThat(current.card()).isNotNull();
        assertThat(current.card().published()).isFalse();
        assertThat(gate.outcome()).isEqualTo(GateOutcome.FAIL);
        assertThat(gate.reason()).contains("Metrics with confidence intervals", "Fairness results");
    }

    @Test
    void the_submitted_credit_version_has_a_complete_card_draft_and_passes_the_card_gate() {
        var id = id("Retail credit scoring");

        var gate = runAs.call("risk", Set.of(Role.RISK_OFFICER), () -> workflow.gates(id, "1.2.0")).stream()
                .filter(g -> g.gate().equals("Model card complete")).map(GateEvaluation::outcome).findFirst();

        assertThat(gate).contains(GateOutcome.PASS);
    }
}
