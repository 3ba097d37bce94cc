package org.steward.inbox.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.router.RouterLink;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.steward.approval.ApprovalFixtures;
import org.steward.approval.ApprovalWorkflow;
import org.steward.approval.ReviewItem;
import org.steward.cost.ReviewFlag;
import org.steward.monitoring.OwnedAlert;
import org.steward.register.ui.BrowserlessUiTest;

/** The "My work" page: three sections with counts, rows linking to the model page. */
class MyWorkViewTest extends BrowserlessUiTest {

    @Autowired
    ApprovalWorkflow workflow;

    @Test
    @WithUserDetails("owner")
    void the_owner_sees_a_submitted_version_in_review_and_follows_its_link() {
        var f = new ApprovalFixtures(runAs, register, workflow, null);
        var model = f.lowRisk();
        f.submitted(model, "1.0.0");

        var view = navigate("inbox", MyWorkView.class);

        Grid<ReviewItem> review = grid("inbox-review");
        var rows = rows(review);
        assertThat(rows).extracting(ReviewItem::modelId).contains(model.id());
        assertThat($(H3.class).id("inbox-review-heading").getText())
                .isEqualTo("Awaiting my review (" + rows.size() + ")");
        assertThat($(H3.class).id("inbox-returned-heading").getText()).startsWith("Came back to me (");
        assertThat($(H3.class).id("inbox-conditions-heading").getText()).startsWith("Conditions due (");
        assertThat($(Grid.class).withId("inbox-returned").exists()).isTrue();
        assertThat($(Grid.class).withId("inbox-conditions").exists()).isTrue();

        var index = rows.indexOf(rows.stream().filter(r -> r.modelId() == model.id()).findFirst().orElseThrow());
        var link = (RouterLink) test(review).getCellComponent(index, "model");
        assertThat(link.getText()).isEqualTo(model.name());
        assertThat(link.getHref()).isEqualTo("models/" + model.id());
        assertThat(view).isNotNull();
    }

    @Autowired
    org.steward.register.RegisterSeeding seeding;

    @Autowired
    org.steward.card.CardAuthoring authoring;

    @Autowired
    org.steward.card.FeedbackDesk desk;

    @Test
    @WithUserDetails("owner")
    void the_owner_answers_card_feedback_from_the_inbox_and_it_leaves_the_list() {
        var cards = new org.steward.card.CardFixtures(runAs, register, workflow, seeding, authoring);
        var fixture = cards.published();
        var sent = cards.asEndUser("inbox-reader", () -> desk.submit(fixture.card().id(),
                new org.steward.card.FeedbackRequest(org.steward.card.FeedbackKind.CONTEST, null,
                        "Declined although my income doubled.", "APP-77")));
        navigate("inbox", MyWorkView.class);
        Grid<org.steward.card.FeedbackView> feedback = grid("inbox-feedback");
        assertThat(rows(feedback)).extracting(org.steward.card.FeedbackView::id).contains(sent.id());
        var before = $(H3.class).id("inbox-feedback-heading").getText();
        assertThat(before).startsWith("Card feedback (");
        var open = Long.parseLong(before.replaceAll("\\D", ""));

        var row = rows(feedback).stream().map(org.steward.card.FeedbackView::id).toList().indexOf(sent.id());
        test((com.vaadin.flow.component.button.Button) test(feedback).getCellComponent(row, "answer")).click();
        test(textArea("answer-text")).setValue("A colleague re-checked it; we wrote to you.");
        click("answer-send");

        assertThat(lastNotification()).startsWith("Answered");
        assertThat(cards.asEndUser("inbox-reader", () -> desk.mine(fixture.card().id()))).singleElement()
                .satisfies(v -> assertThat(v.reply()).isEqualTo("A colleague re-checked it; we wrote to you."));
        assertThat($(H3.class).id("inbox-feedback-heading").getText()).isEqualTo("Card feedback (" + (open - 1) + ")");
    }

    @Test
    @WithUserDetails("owner2")
    void the_owner_sees_the_open_monitoring_alert_and_the_review_flag_of_their_models() {
        navigate("inbox", MyWorkView.class);
        // the demo register: the churn model drifted to RED; the churn uplift model's value no longer covers its cost
        Grid<OwnedAlert> alerts = grid("inbox-monitoring-alerts");
        assertThat(rows(alerts)).extracting(OwnedAlert::modelName).contains("Telecom churn propensity");
        assertThat(rows(alerts).getFirst().alert().open()).isTrue();
        assertThat($(H3.class).id("inbox-monitoring-heading").getText())
                .isEqualTo("Monitoring alerts (" + rows(alerts).size() + ")");
        Grid<ReviewFlag> flags = grid("inbox-review-flags");
        assertThat(rows(flags)).extracting(ReviewFlag::modelName).containsExactly("Subscription churn uplift");
        assertThat(rows(flags).getFirst().reason()).isNotBlank();
    }

    @Test
    @WithUserDetails("owner")
    void another_owner_does_not_see_them() {
        navigate("inbox", MyWorkView.class);
        assertThat(rows(this.<OwnedAlert>grid("inbox-monitoring-alerts"))).extracting(OwnedAlert::modelName)
                .doesNotContain("Telecom churn propensity");
        assertThat(rows(this.<ReviewFlag>grid("inbox-review-flags"))).extracting(ReviewFlag::modelName)
                .doesNotContain("Subscription churn uplift");
    }

    @Test
    @WithUserDetails("enduser")
    void an_end_user_sees_empty_sections() {
        navigate("inbox", MyWorkView.class);
        assertThat($(H3.class).id("inbox-review-heading").getText()).isEqualTo("Awaiting my review (0)");
        assertThat(rows(grid("inbox-review"))).isEmpty();
    }
}
