package org.steward.card;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.steward.approval.RiskLevel;

/** The completeness score and the items each risk level requires, on cards built by hand. */
class CompletenessTest {

    private static final CardText LIMITS_ONLY = new CardText("MIT", "a@example.org", "Fails on new customers.",
            null, null, null);

    @Test
    void a_low_risk_card_with_licence_contact_and_limitations_is_complete_and_scores_what_it_has() {
        var c = Completeness.of(CardContents.card("LOW", LIMITS_ONLY, null, null), RiskLevel.LOW);

        assertThat(c.complete()).isTrue();
        // present: licence, contact, intended and out-of-scope use, objective, training and evaluation data,
        // limitations, lineage: 9 of 16 items, 56.25%
        assertThat(c.items()).hasSize(16);
        assertThat(c.present()).isEqualTo(9);
        assertThat(c.score()).isEqualTo(56);
        assertThat(c.missing()).extracting(Completeness.Item::key).containsExactly("metrics", "fairness",
                "explanation", "ethicalConsiderations", "monitoring", "howToContest", "caveats");
    }

    @Test
    void limitations_are_required_on_every_card() {
        var noLimits = new CardText("MIT", "a@example.org", null, null, null, null);

        var c = Completeness.of(CardContents.card("LOW", noLimits, null, null), RiskLevel.LOW);

        assertThat(c.complete()).isFalse();
        assertThat(c.missingRequired()).extracting(Completeness.Item::label)
                .containsExactly("Limitations, known failure modes and uncertainty");
    }

    @Test
    void medium_risk_requires_metrics_baseline_ethics_and_how_to_contest_but_not_fairness() {
        var c = Completeness.of(CardContents.card("MEDIUM", LIMITS_ONLY, CardContents.accuracy(0.87, 0.85, 0.89),
                null), RiskLevel.MEDIUM);

        assertThat(c.missingRequired()).extracting(Completeness.Item::key)
                .containsExactly("ethicalConsiderations", "monitoring", "howToContest");
        assertThat(c.items()).filteredOn(i -> i.key().equals("fairness")).singleElement()
                .satisfies(i -> assertThat(i.required()).isFalse());
    }

    @Test
    void high_risk_requires_every_kind_of_evidence() {
        var c = Completeness.of(CardContents.card("HIGH", CardFixtures.COMPLETE, null, null), RiskLevel.HIGH);

        assertThat(c.missingRequired()).extracting(Completeness.Item::key)
                .containsExactly("metrics", "fairness", "explanation", "monitoring");
    }

    @Test
    void the_score_is_rounded_down_so_that_100_means_every_item() {
        var c = Completeness.of(CardContents.card("LOW", CardFixtures.COMPLETE, CardContents.accuracy(0.9, 0.88, 0.92),
                null), RiskLevel.LOW);

        // everything but fairness, explanation and the monitoring baseline: 13 of 16 items, 81.25% shows as 81
        assertThat(c.present()).isEqualTo(13);
        assertThat(c.score()).isEqualTo(81);
    }
}
