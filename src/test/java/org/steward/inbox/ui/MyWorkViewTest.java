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
