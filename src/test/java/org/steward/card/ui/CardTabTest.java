package org.steward.card.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.steward.approval.ApprovalWorkflow;
import org.steward.card.CardAuthoring;
import org.steward.card.CardFixtures;
import org.steward.card.CardView;
import org.steward.register.ApprovalStatus;
import org.steward.register.RegisterSeeding;
import org.steward.register.ui.BrowserlessUiTest;

/** The Model card tab of a model's page, without a browser. */
class CardTabTest extends BrowserlessUiTest {

    @Autowired
    ApprovalWorkflow workflow;

    @Autowired
    RegisterSeeding seeding;

    @Autowired
    CardAuthoring authoring;

    private CardFixtures f() {
        return new CardFixtures(runAs, register, workflow, seeding, authoring);
    }

    private String text(String id) {
        return $(Div.class).id(id).getElement().getTextRecursively();
    }

    @Test
    @WithUserDetails("owner")
    void the_owner_writes_the_card_sees_it_complete_and_publishes_it() {
        var f = f();
        var model = f.lowRisk();
        f.seeded(model, "1.0.0", ApprovalStatus.APPROVED);
        openModel(model.id());
        selectTab("Model card");

        assertThat(text("card-status")).startsWith("No card for this version yet");
        assertThat($(Paragraph.class).id("card-completeness-text").getElement().getTextRecursively())
                .contains("Incomplete", "required, missing: Licence; Contact; Limitations");
        click("card-edit");
        test(textField("card-licence")).setValue("Proprietary");
        test(textField("card-contact")).setValue("owner@steward.example");
        test(textArea("card-limitations")).setValue("Unreliable for **new** customers.");
        click("card-save");

        assertThat(lastNotification()).isEqualTo("Saved draft 1 of the card of version 1.0.0.");
        assertThat(text("card-status")).startsWith("Card 1 · Draft");
        assertThat($(Paragraph.class).id("card-completeness-text").getElement().getTextRecursively()).startsWith("Complete");
        assertThat($(Button.class).id("card-publish").isEnabled()).isTrue();
        click("card-publish");

        assertThat(lastNotification()).isEqualTo("Published card 1 of version 1.0.0.");
        assertThat(text("card-status")).contains("Published", "published by owner");
        assertThat($(Button.class).id("card-edit").getText()).isEqualTo("Edit (new draft)");
        assertThat(rows(grid("card-history"))).extracting(c -> ((CardView) c).number()).containsExactly(1);
        var limitations = $(com.vaadin.flow.component.orderedlayout.VerticalLayout.class).id("card-section-limitations");
        assertThat(limitations.getChildren().filter(Html.class::isInstance).map(c -> ((Html) c).getInnerHtml()))
                .singleElement().asString().contains("Unreliable for <strong>new</strong> customers.");
    }

    @Test
    @WithUserDetails("dev")
    void the_preview_renders_markdown_and_shows_html_as_text() {
        var f = f();
        var model = f.lowRisk();
        f.draft(model, "1.0.0");
        openModel(model.id());
        selectTab("Model card");
        click("card-edit");

        test(textArea("card-limitations")).setValue("A **bold** claim.\n\n<script>alert(1)</script>, and <b>inline</b> tags");

        var preview = $(Div.class).id("card-limitations-preview");
        var html = (Html) preview.getChildren().findFirst().orElseThrow();
        assertThat(html.getInnerHtml()).contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .contains("<strong>bold</strong>", "&lt;b&gt;inline&lt;/b&gt;").doesNotContain("<script>").doesNotContain("<b>");
        assertThat(exists("card-publish")).isFalse();
    }

    @Test
    @WithUserDetails("enduser")
    void end_users_have_no_model_card_tab() {
        var model = f().published().model();
        openModel(model.id());

        assertThat(tabLabels()).doesNotContain("Model card");
    }
}
