package org.steward.card.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.steward.approval.ApprovalWorkflow;
import org.steward.card.CardAuthoring;
import org.steward.card.CardFixtures;
import org.steward.card.CatalogueEntry;
import org.steward.card.FeedbackKind;
import org.steward.register.ApprovalStatus;
import org.steward.register.RegisterSeeding;
import org.steward.register.ui.BrowserlessUiTest;

/** The card catalogue and the plain-language card as end users use them, without a browser. */
class CardCatalogueViewTest extends BrowserlessUiTest {

    @Autowired
    ApprovalWorkflow workflow;

    @Autowired
    RegisterSeeding seeding;

    @Autowired
    CardAuthoring authoring;

    private CardFixtures f() {
        return new CardFixtures(runAs, register, workflow, seeding, authoring);
    }

    @Test
    @WithUserDetails("enduser")
    void an_end_user_searches_the_catalogue_reads_the_plain_card_and_asks_a_question() {
        var fixture = f().deployed();
        var view = navigate("cards", CardCatalogueView.class);

        test(view.search).setValue(fixture.model().name());
        var rows = rows(view.grid);
        assertThat(rows).extracting(CatalogueEntry::cardId).containsExactly(fixture.card().id());

        navigate("cards/" + fixture.card().id(), PlainCardView.class);
        assertThat($(H2.class).id("plain-title").getText()).isEqualTo(fixture.model().name());
        assertThat($(com.vaadin.flow.component.orderedlayout.VerticalLayout.class).id("plain-how-well").getElement()
                .getTextRecursively()).contains("not been measured yet");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<FeedbackKind> kind = $(RadioButtonGroup.class).id("feedback-kind");
        test(kind).selectItem("Ask a question");
        test(textArea("feedback-message")).setValue("Does it use my postcode? <b>asking</b>");
        click("feedback-send");

        assertThat(lastNotification()).startsWith("Sent.");
        assertThat($(Div.class).id("feedback-mine").getElement().getTextRecursively())
                .contains("Does it use my postcode? <b>asking</b>", "Waiting for the owner's answer.");
    }

    @Test
    @WithUserDetails("enduser")
    void a_draft_card_is_not_found_for_an_end_user() {
        var f = f();
        var model = f.lowRisk();
        f.seeded(model, "1.0.0", ApprovalStatus.APPROVED);
        var draft = f.saveAsDev(model, "1.0.0", CardFixtures.COMPLETE);

        navigate("cards/" + draft.id(), PlainCardView.class);

        assertThat($(Div.class).id("card-not-found").getElement().getTextRecursively())
                .contains("Model card not found");
    }

    @Test
    @WithUserDetails("enduser")
    void too_short_a_message_is_shown_on_its_field_and_nothing_is_sent() {
        var fixture = f().published();
        navigate("cards/" + fixture.card().id(), PlainCardView.class);

        test(textArea("feedback-message")).setValue("Why?");
        click("feedback-send");

        assertThat(textArea("feedback-message").isInvalid()).isTrue();
        assertThat(textArea("feedback-message").getErrorMessage()).contains("between 10 and 2000");
        assertThat($(Div.class).id("feedback-mine").getChildren()).isEmpty();
    }
}
