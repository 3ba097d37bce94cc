package org.steward.inbox;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steward.approval.ApprovalWorklist;
import org.steward.approval.ReturnedItem;
import org.steward.approval.ReviewItem;
import org.steward.card.FeedbackDesk;
import org.steward.card.FeedbackView;
import org.steward.cost.BudgetAlertView;
import org.steward.cost.CostLedger;
import org.steward.cost.ReviewFlag;
import org.steward.monitoring.Monitoring;
import org.steward.monitoring.OwnedAlert;

/**
 * The signed-in user's inbox, paged: versions awaiting their review, versions they submitted that came back, and
 * approval conditions on their models or submissions due within {@link #DUE_SOON_DAYS} days or overdue, and for the
 * models they own: budget alerts, open monitoring alerts, cost-effectiveness review flags and open model-card
 * feedback (questions, problems, contested decisions).
 */
@Service
@Transactional(readOnly = true)
public class MyWork {

    /** Conditions due within this many days (or already overdue) are listed. */
    public static final int DUE_SOON_DAYS = 14;

    private final ApprovalWorklist worklist;
    private final CostLedger costs;
    private final Monitoring monitoring;
    private final FeedbackDesk feedback;
    private final Clock clock;

    MyWork(ApprovalWorklist worklist, CostLedger costs, Monitoring monitoring, FeedbackDesk feedback, Clock clock) {
        this.worklist = worklist;
        this.costs = costs;
        this.monitoring = monitoring;
        this.feedback = feedback;
        this.clock = clock;
    }

    /** Open monitoring alerts of the models the user owns, newest first: they acknowledge them. */
    @PreAuthorize("isAuthenticated()")
    public List<OwnedAlert> monitoringAlerts(Pageable page) {
        return monitoring.myOpenAlerts(page);
    }

    @PreAuthorize("isAuthenticated()")
    public long countMonitoringAlerts() {
        return monitoring.countMyOpenAlerts();
    }

    /** The user's models that their cost-effectiveness review rule flags now. */
    @PreAuthorize("isAuthenticated()")
    public List<ReviewFlag> reviewFlags(Pageable page) {
        return costs.myReviewFlags(page);
    }

    @PreAuthorize("isAuthenticated()")
    public long countReviewFlags() {
        return costs.countMyReviewFlags();
    }

    /** Open feedback on the cards of the models the user owns, oldest first. */
    @PreAuthorize("isAuthenticated()")
    public List<FeedbackView> cardFeedback(Pageable page) {
        return feedback.openForMe(page);
    }

    @PreAuthorize("isAuthenticated()")
    public long countCardFeedback() {
        return feedback.countOpenForMe();
    }

    /** Answers open card feedback, which closes it; the reader sees the answer on the card. */
    @PreAuthorize("hasRole('BUSINESS_OWNER')")
    @Transactional
    public FeedbackView answerCardFeedback(long feedbackId, long expectedLock, String reply) {
        return feedback.answer(feedbackId, expectedLock, reply);
    }

    /** Closes open card feedback that needs no answer. */
    @PreAuthorize("hasRole('BUSINESS_OWNER')")
    @Transactional
    public FeedbackView closeCardFeedback(long feedbackId, long expectedLock) {
        return feedback.close(feedbackId, expectedLock);
    }

    /** Budget alert levels reached on the models the user owns, newest first. */
    @PreAuthorize("isAuthenticated()")
    public List<BudgetAlertView> budgetAlerts(Pageable page) {
        return costs.myAlerts(page);
    }

    @PreAuthorize("isAuthenticated()")
    public long countBudgetAlerts() {
        return costs.countMyAlerts();
    }

    @PreAuthorize("isAuthenticated()")
    public List<ReviewItem> awaitingReview(Pageable page) {
        return worklist.awaitingMyReview(page);
    }

    @PreAuthorize("isAuthenticated()")
    public long countAwaitingReview() {
        return worklist.countAwaitingMyReview();
    }

    @PreAuthorize("isAuthenticated()")
    public List<ReturnedItem> returned(Pageable page) {
        return worklist.returnedToMe(page);
    }

    @PreAuthorize("isAuthenticated()")
    public long countReturned() {
        return worklist.countReturnedToMe();
    }

    @PreAuthorize("isAuthenticated()")
    public List<ConditionDue> conditionsDue(Pageable page) {
        var today = LocalDate.now(clock);
        return worklist.myConditionsDueBy(today.plusDays(DUE_SOON_DAYS), page).stream()
                .map(c -> ConditionDue.of(c, today)).toList();
    }

    @PreAuthorize("isAuthenticated()")
    public long countConditionsDue() {
        return worklist.countMyConditionsDueBy(LocalDate.now(clock).plusDays(DUE_SOON_DAYS));
    }
}
