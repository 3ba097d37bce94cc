package org.steward.card;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.steward.register.ApprovalStatus;
import org.junit.jupiter.api.Test;
import org.steward.card.CardContent.Fairness;
import org.steward.card.CardContent.Shortfall;

/** The plain-language sentences, written from stored figures only. */
class PlainLanguageTest {

    private static final CardText TEXT = new CardText("MIT", "a@example.org", "Limits.", null, null, null);

    @Test
    void accuracy_becomes_a_share_of_100_cases_with_its_interval() {
        var card = CardContents.card("LOW", TEXT, CardContents.accuracy(0.8734, 0.8512, 0.8949), null);

        assertThat(PlainLanguage.howWell(card)).isEqualTo("In testing on 500 past cases it was correct about 87 of 100 "
                + "times (most likely between 85 and 89).");
        assertThat(PlainLanguage.outOf100(0.865)).isEqualTo(87);
        assertThat(PlainLanguage.outOf100(0.8649)).isEqualTo(86);
    }

    @Test
    void missing_evidence_is_said_plainly() {
        var card = CardContents.card("LOW", TEXT, null, null);

        assertThat(PlainLanguage.howWell(card)).isEqualTo(PlainLanguage.NOT_MEASURED);
        assertThat(PlainLanguage.lessAccurateFor(card)).containsExactly(PlainLanguage.NO_FAIRNESS);
        assertThat(PlainLanguage.health(ApprovalStatus.DEPLOYED, null, null)).isEqualTo(PlainLanguage.NOT_MONITORED);
        assertThat(PlainLanguage.contest(card)).contains("has not described how to contest");
    }

    @Test
    void groups_the_model_is_less_accurate_for_are_named_with_their_figures() {
        var fairness = new Fairness(CardContents.SAMPLE, "Fail", 2, "Test split", 500, "Accuracy", false,
                List.of("Disparate impact on sex: 0.72"), List.of(),
                List.of(new Shortfall("age_band", "under_30", 0.654, "over_50", 0.741)));
        var card = CardContents.card("LOW", TEXT, null, fairness);

        assertThat(PlainLanguage.lessAccurateFor(card)).containsExactly(
                "It may be less accurate for people with age band 'under_30': correct about 65 of 100 times, against "
                        + "74 for people with age band 'over_50'.",
                "The fairness audit found differences between groups beyond the limits of the fairness policy.");
    }

    @Test
    void the_monitoring_status_is_put_in_words_with_its_day() {
        var at = Instant.parse("2026-05-06T23:59:00Z");

        assertThat(PlainLanguage.health(ApprovalStatus.DEPLOYED, "GREEN", at)).startsWith("Working as expected").contains("(checked 2026-05-06)");
        assertThat(PlainLanguage.health(ApprovalStatus.DEPLOYED, "RED", at)).startsWith("Problems found");
        assertThat(PlainLanguage.health(ApprovalStatus.DEPLOYED, "AMBER", at)).startsWith("Being watched");
    }

    @Test
    void a_version_not_in_use_says_so_whatever_its_model_is_monitored() {
        var at = Instant.parse("2026-05-06T23:59:00Z");

        assertThat(PlainLanguage.health(ApprovalStatus.APPROVED, "RED", at)).isEqualTo(PlainLanguage.NOT_DEPLOYED);
        assertThat(PlainLanguage.health(ApprovalStatus.APPROVED, null, null)).isEqualTo(PlainLanguage.NOT_DEPLOYED);
        assertThat(PlainLanguage.health(ApprovalStatus.RETIRED, "GREEN", at)).startsWith("No longer in use");
        assertThat(PlainLanguage.health(ApprovalStatus.SUSPENDED, "GREEN", at)).startsWith("Not in use")
                .contains("suspended");
    }
}
