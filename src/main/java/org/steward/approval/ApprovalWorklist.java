package org.steward.approval;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steward.identity.CurrentUser;
import org.steward.identity.Role;
import org.steward.register.ApprovalStatus;
import org.steward.register.EuRiskCategory;
import org.steward.register.InternalRiskTier;

/**
 * The approval workflow seen from the signed-in user's side, paged by the database: versions waiting for their
 * review, versions they submitted that came back, and approval conditions falling due on their models. Each
 * method answers for the caller only, so any signed-in user may ask.
 */
@Service
@Transactional(readOnly = true)
public class ApprovalWorklist {

    /** The EU categories that make a model high risk (see {@link RiskLevel#of}); the internal tier HIGH does too. */
    private static final Set<EuRiskCategory> HIGH_EU = EnumSet.of(EuRiskCategory.HIGH, EuRiskCategory.PROHIBITED);
    private static final Set<ApprovalStatus> RETURNED =
            EnumSet.of(ApprovalStatus.CHANGES_REQUESTED, ApprovalStatus.REJECTED);
    private static final Set<DecisionKind> RETURN_KINDS = EnumSet.of(DecisionKind.REQUEST_CHANGES, DecisionKind.REJECT);
    private static final Set<ApprovalStatus> CLOSED = EnumSet.of(ApprovalStatus.REJECTED, ApprovalStatus.RETIRED);

    private final Worklists worklists;
    private final CurrentUser currentUser;

    ApprovalWorklist(Worklists worklists, CurrentUser currentUser) {
        this.worklists = worklists;
        this.currentUser = currentUser;
    }

    /**
     * Submitted versions the caller may review now and has not approved in this round: as the model's business
     * owner (or the business owner it delegated its approvals to) while the business approval is missing, or as a risk officer on a high-risk model no risk officer has approved yet. Never versions the
     * caller registered or submitted (segregation of duties). Oldest submission first.
     */
    @PreAuthorize("isAuthenticated()")
    public List<ReviewItem> awaitingMyReview(Pageable page) {
        return worklists.awaitingReview(currentUser.username(), currentUser.has(Role.BUSINESS_OWNER),
                currentUser.has(Role.RISK_OFFICER), ApprovalStatus.SUBMITTED, DecisionKind.SUBMIT,
                DecisionKind.APPROVE, Role.RISK_OFFICER, Role.BUSINESS_OWNER, HIGH_EU, InternalRiskTier.HIGH, unsorted(page));
    }

    @PreAuthorize("isAuthenticated()")
    public long countAwaitingMyReview() {
        return worklists.countAwaitingReview(currentUser.username(), currentUser.has(Role.BUSINESS_OWNER),
                currentUser.has(Role.RISK_OFFICER), ApprovalStatus.SUBMITTED, DecisionKind.SUBMIT,
                DecisionKind.APPROVE, Role.RISK_OFFICER, Role.BUSINESS_OWNER, HIGH_EU, InternalRiskTier.HIGH);
    }

    /** Versions the caller submitted that now stand at changes requested or rejected, latest decision first. */
    @PreAuthorize("isAuthenticated()")
    public List<ReturnedItem> returnedToMe(Pageable page) {
        return worklists.returned(currentUser.username(), RETURNED, RETURN_KINDS, DecisionKind.SUBMIT, unsorted(page));
    }

    @PreAuthorize("isAuthenticated()")
    public long countReturnedToMe() {
        return worklists.countReturned(currentUser.username(), RETURNED, RETURN_KINDS, DecisionKind.SUBMIT);
    }

    /**
     * Conditions due on or before {@code limit} on models the caller owns or versions they submitted, earliest
     * first; conditions of rejected and retired versions no longer bind anyone.
     */
    @PreAuthorize("isAuthenticated()")
    public List<DueCondition> myConditionsDueBy(LocalDate limit, Pageable page) {
        return worklists.conditionsDue(currentUser.username(), limit, CLOSED, DecisionKind.SUBMIT, unsorted(page));
    }

    @PreAuthorize("isAuthenticated()")
    public long countMyConditionsDueBy(LocalDate limit) {
        return worklists.countConditionsDue(currentUser.username(), limit, CLOSED, DecisionKind.SUBMIT);
    }

    /** The order is the query's own; a grid's sort would name properties the projections do not have. */
    private static Pageable unsorted(Pageable page) {
        return page.isPaged() ? PageRequest.of(page.getPageNumber(), page.getPageSize()) : page;
    }
}
