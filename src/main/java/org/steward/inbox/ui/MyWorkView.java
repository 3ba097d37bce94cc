package org.steward.inbox.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.PermitAll;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.jspecify.annotations.Nullable;
import org.steward.approval.ReturnedItem;
import org.steward.approval.ReviewItem;
import org.steward.base.ui.Badge;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import org.steward.card.FeedbackView;
import org.steward.cost.BudgetAlertView;
import org.steward.cost.ReviewFlag;
import org.steward.inbox.ConditionDue;
import org.steward.inbox.MyWork;
import org.steward.monitoring.OwnedAlert;
import org.steward.register.ApprovalStatus;
import org.steward.register.ui.ModelDetailView;

/**
 * The signed-in user's work: reviews waiting for them, submissions that came back, conditions falling due, and for
 * the models they own open monitoring alerts, budget alerts and cost-effectiveness review flags.
 */
@Route("inbox")
@PageTitle("My work · Steward")
@Menu(title = "My work", order = 5, icon = "vaadin:inbox")
@PermitAll
public class MyWorkView extends VerticalLayout {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);
    private static final int RATIONALE_SHOWN = 140;

    private final MyWork work;
    final H3 reviewHeading = new H3();
    final H3 returnedHeading = new H3();
    final H3 conditionsHeading = new H3();
    final Grid<ReviewItem> review = new Grid<>();
    final Grid<ReturnedItem> returned = new Grid<>();
    final Grid<ConditionDue> conditions = new Grid<>();
    final H3 budgetHeading = new H3();
    final Grid<BudgetAlertView> budgetAlerts = new Grid<>();
    final H3 alertsHeading = new H3();
    final Grid<OwnedAlert> monitoringAlerts = new Grid<>();
    final H3 reviewFlagsHeading = new H3();
    final Grid<ReviewFlag> reviewFlags = new Grid<>();
    final H3 feedbackHeading = new H3();
    final Grid<FeedbackView> cardFeedback = new Grid<>();

    MyWorkView(MyWork work) {
        this.work = work;
        addClassName("steward-view");
        configureReview();
        configureReturned();
        configureConditions();
        configureBudgetAlerts();
        configureMonitoringAlerts();
        configureReviewFlags();
        configureCardFeedback();
        add(new H2("My work"),
                section(reviewHeading, "inbox-review-heading", review),
                section(returnedHeading, "inbox-returned-heading", returned),
                section(conditionsHeading, "inbox-conditions-heading", conditions),
                section(alertsHeading, "inbox-monitoring-heading", monitoringAlerts),
                section(feedbackHeading, "inbox-feedback-heading", cardFeedback),
                section(budgetHeading, "inbox-budget-heading", budgetAlerts),
                section(reviewFlagsHeading, "inbox-review-flags-heading", reviewFlags));
        refreshHeadings();
    }

    private static Component section(H3 heading, String id, Grid<?> grid) {
        heading.setId(id);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setHeight("16rem");
        var section = new VerticalLayout(heading, grid);
        section.setPadding(false);
        return section;
    }

    private void configureReview() {
        review.setId("inbox-review");
        review.addComponentColumn(r -> link(r.modelId(), r.modelName())).setHeader("Model").setKey("model")
                .setFlexGrow(2);
        review.addColumn(ReviewItem::label).setHeader("Version").setKey("label").setAutoWidth(true);
        review.addColumn(r -> r.submittedBy() == null ? r.registeredBy() : r.submittedBy()).setHeader("Submitted by")
                .setKey("submittedBy").setAutoWidth(true);
        review.addColumn(r -> time(r.submittedAt())).setHeader("Submitted").setKey("submittedAt").setAutoWidth(true);
        review.addColumn(ReviewItem::owner).setHeader("Business owner").setKey("owner").setAutoWidth(true);
        review.setEmptyStateText("Nothing waits for your review.");
        review.setItems(q -> work.awaitingReview(VaadinSpringDataHelpers.toSpringPageRequest(q)).stream(),
                q -> (int) work.countAwaitingReview()).setIdentifierProvider(ReviewItem::versionId);
    }

    private void configureReturned() {
        returned.setId("inbox-returned");
        returned.addComponentColumn(r -> link(r.modelId(), r.modelName())).setHeader("Model").setKey("model")
                .setFlexGrow(2);
        returned.addColumn(ReturnedItem::label).setHeader("Version").setKey("label").setAutoWidth(true);
        returned.addComponentColumn(r -> new Badge(r.status().label(),
                        r.status() == ApprovalStatus.REJECTED ? "high" : "medium"))
                .setHeader("Status").setKey("status").setAutoWidth(true);
        returned.addColumn(ReturnedItem::decidedBy).setHeader("By").setKey("decidedBy").setAutoWidth(true);
        returned.addColumn(r -> abbreviate(r.rationale())).setHeader("Rationale").setKey("rationale")
                .setFlexGrow(3).setTooltipGenerator(ReturnedItem::rationale);
        returned.addColumn(r -> time(r.decidedAt())).setHeader("When").setKey("decidedAt").setAutoWidth(true);
        returned.setEmptyStateText("None of your submissions came back.");
        returned.setItems(q -> work.returned(VaadinSpringDataHelpers.toSpringPageRequest(q)).stream(),
                q -> (int) work.countReturned()).setIdentifierProvider(ReturnedItem::versionId);
    }

    private void configureConditions() {
        conditions.setId("inbox-conditions");
        conditions.addComponentColumn(c -> link(c.modelId(), c.modelName())).setHeader("Model").setKey("model")
                .setFlexGrow(2);
        conditions.addColumn(ConditionDue::label).setHeader("Version").setKey("label").setAutoWidth(true);
        conditions.addColumn(ConditionDue::text).setHeader("Condition").setKey("text").setFlexGrow(3)
                .setTooltipGenerator(ConditionDue::text);
        conditions.addComponentColumn(MyWorkView::dueBadge).setHeader("Due").setKey("due").setAutoWidth(true);
        conditions.addColumn(ConditionDue::approvedBy).setHeader("Set by").setKey("approvedBy").setAutoWidth(true);
        conditions.setPartNameGenerator(c -> c.overdue() ? "overdue" : null);
        conditions.setEmptyStateText("No conditions fall due in the next " + MyWork.DUE_SOON_DAYS + " days.");
        conditions.setItems(q -> work.conditionsDue(VaadinSpringDataHelpers.toSpringPageRequest(q)).stream(),
                q -> (int) work.countConditionsDue());
    }

    private void configureBudgetAlerts() {
        budgetAlerts.setId("inbox-budget-alerts");
        budgetAlerts.addComponentColumn(a -> link(a.modelId(), a.modelName())).setHeader("Model").setKey("model")
                .setFlexGrow(2);
        budgetAlerts.addColumn(BudgetAlertView::period).setHeader("Budget").setKey("period").setAutoWidth(true);
        budgetAlerts.addComponentColumn(a -> new Badge(a.level() + "% reached", a.overrun() ? "high" : "medium"))
                .setHeader("Alert").setKey("level").setAutoWidth(true);
        budgetAlerts.addColumn(a -> a.currency() + " " + a.spent().setScale(2, java.math.RoundingMode.HALF_EVEN)
                + " of " + a.budget().setScale(2, java.math.RoundingMode.HALF_EVEN)).setHeader("Spent")
                .setKey("spent").setAutoWidth(true);
        budgetAlerts.addColumn(a -> time(a.raisedAt())).setHeader("Raised").setKey("raisedAt").setAutoWidth(true);
        budgetAlerts.setEmptyStateText("No budget of your models reached an alert level.");
        budgetAlerts.setItems(q -> work.budgetAlerts(VaadinSpringDataHelpers.toSpringPageRequest(q)).stream(),
                q -> (int) work.countBudgetAlerts());
    }

    private void configureMonitoringAlerts() {
        monitoringAlerts.setId("inbox-monitoring-alerts");
        monitoringAlerts.addComponentColumn(a -> link(a.alert().modelId(), a.modelName())).setHeader("Model")
                .setKey("model").setFlexGrow(2);
        monitoringAlerts.addColumn(a -> a.alert().versionLabel()).setHeader("Version").setKey("label")
                .setAutoWidth(true);
        monitoringAlerts.addColumn(a -> abbreviate(a.alert().reasons())).setHeader("Why").setKey("reasons")
                .setFlexGrow(3).setTooltipGenerator(a -> a.alert().reasons());
        monitoringAlerts.addColumn(a -> a.alert().retrainingRequested() ? "requested" : "—").setHeader("Retraining")
                .setKey("retraining").setAutoWidth(true);
        monitoringAlerts.addColumn(a -> time(a.alert().openedAt())).setHeader("Opened").setKey("openedAt")
                .setAutoWidth(true);
        monitoringAlerts.setEmptyStateText("No open monitoring alert on your models.");
        monitoringAlerts.setItems(q -> work.monitoringAlerts(VaadinSpringDataHelpers.toSpringPageRequest(q)).stream(),
                q -> (int) work.countMonitoringAlerts());
    }

    private void configureReviewFlags() {
        reviewFlags.setId("inbox-review-flags");
        reviewFlags.addComponentColumn(f -> link(f.modelId(), f.modelName())).setHeader("Model").setKey("model")
                .setFlexGrow(2);
        reviewFlags.addColumn(ReviewFlag::reason).setHeader("Why").setKey("reason").setFlexGrow(3)
                .setTooltipGenerator(ReviewFlag::reason);
        reviewFlags.addColumn(f -> time(f.flaggedSince())).setHeader("Flagged since").setKey("flaggedSince")
                .setAutoWidth(true);
        reviewFlags.setEmptyStateText("No model of yours is flagged for a cost-effectiveness review.");
        reviewFlags.setItems(q -> work.reviewFlags(VaadinSpringDataHelpers.toSpringPageRequest(q)).stream(),
                q -> (int) work.countReviewFlags());
    }

    private void configureCardFeedback() {
        cardFeedback.setId("inbox-feedback");
        cardFeedback.addComponentColumn(f -> link(f.modelId(), f.modelName())).setHeader("Model").setKey("model")
                .setFlexGrow(2);
        cardFeedback.addColumn(FeedbackView::versionLabel).setHeader("Version").setKey("label").setAutoWidth(true);
        cardFeedback.addColumn(f -> f.kind().label() + (f.rating() == null ? "" : " " + f.rating() + "/5"))
                .setHeader("Kind").setKey("kind").setAutoWidth(true);
        cardFeedback.addColumn(f -> f.message() == null ? "" : abbreviate(f.message())).setHeader("Message")
                .setKey("message").setFlexGrow(3).setTooltipGenerator(f -> f.message() == null ? "" : f.message());
        cardFeedback.addColumn(f -> f.reference() == null ? "" : f.reference()).setHeader("Reference")
                .setKey("reference").setAutoWidth(true);
        cardFeedback.addColumn(FeedbackView::submittedBy).setHeader("From").setKey("from").setAutoWidth(true);
        cardFeedback.addColumn(f -> time(f.submittedAt())).setHeader("Sent").setKey("sent").setAutoWidth(true);
        cardFeedback.addComponentColumn(f -> {
            var answer = new Button("Answer", e -> new AnswerDialog(work, f, () -> {
                cardFeedback.getDataProvider().refreshAll();
                refreshHeadings();
            }).open());
            answer.setId("inbox-feedback-answer-" + f.id());
            answer.addThemeVariants(ButtonVariant.LUMO_SMALL);
            return answer;
        }).setHeader("").setKey("answer").setAutoWidth(true);
        cardFeedback.setEmptyStateText("No open feedback on the cards of your models.");
        cardFeedback.setItems(q -> work.cardFeedback(VaadinSpringDataHelpers.toSpringPageRequest(q)).stream(),
                q -> (int) work.countCardFeedback()).setIdentifierProvider(FeedbackView::id);
    }

    private void refreshHeadings() {
        reviewHeading.setText("Awaiting my review (" + work.countAwaitingReview() + ")");
        returnedHeading.setText("Came back to me (" + work.countReturned() + ")");
        conditionsHeading.setText("Conditions due (" + work.countConditionsDue() + ")");
        budgetHeading.setText("Budget alerts (" + work.countBudgetAlerts() + ")");
        alertsHeading.setText("Monitoring alerts (" + work.countMonitoringAlerts() + ")");
        reviewFlagsHeading.setText("Cost-effectiveness reviews (" + work.countReviewFlags() + ")");
        feedbackHeading.setText("Card feedback (" + work.countCardFeedback() + ")");
    }

    static Badge dueBadge(ConditionDue c) {
        if (c.overdue()) {
            return new Badge(c.due() + " · overdue by " + -c.daysLeft() + " d", "high");
        }
        return new Badge(c.due() + (c.daysLeft() == 0 ? " · today" : " · in " + c.daysLeft() + " d"), "medium");
    }

    private static RouterLink link(long modelId, String name) {
        return new RouterLink(name, ModelDetailView.class, new RouteParameters("modelId", String.valueOf(modelId)));
    }

    private static String time(@Nullable Instant at) {
        return at == null ? "—" : TIME.format(at);
    }

    private static String abbreviate(String text) {
        return text.length() <= RATIONALE_SHOWN ? text : text.substring(0, RATIONALE_SHOWN - 1) + "…";
    }
}
