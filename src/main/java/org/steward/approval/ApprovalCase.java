package org.steward.approval;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.steward.base.ConflictException;
import org.steward.base.DomainException;
import org.steward.base.PermissionDeniedException;
import org.steward.identity.Role;
import org.steward.register.ApprovalStatus;
import org.steward.register.EuRiskCategory;
import org.steward.register.ModelView;
import org.steward.register.VersionView;

/**
 * The rules of one version's review: the transition table and segregation of duties. No role bypasses them, not
 * even an administrator's. Pure and free of Spring, so that every rule is unit-tested on its own.
 */
final class ApprovalCase {

    private final String label;
    private final String owner;
    private final RiskLevel risk;
    private final boolean prohibited;
    private final String registeredBy;
    private final ApprovalStatus status;
    private final List<DecisionView> history;
    private final @Nullable String delegate;

    ApprovalCase(String label, String owner, RiskLevel risk, boolean prohibited, String registeredBy,
                 ApprovalStatus status, List<DecisionView> history) {
        this(label, owner, risk, prohibited, registeredBy, status, history, null);
    }

    /**
     * A case whose business-owner side may also be taken by {@code delegate}, the business owner the model's owner
     * delegated their approvals to (null when there is no active delegation).
     */
    ApprovalCase(String label, String owner, RiskLevel risk, boolean prohibited, String registeredBy,
                 ApprovalStatus status, List<DecisionView> history, @Nullable String delegate) {
        this.label = label;
        this.owner = owner;
        this.risk = risk;
        this.prohibited = prohibited;
        this.registeredBy = registeredBy;
        this.status = status;
        this.history = List.copyOf(history);
        this.delegate = delegate;
    }

    static ApprovalCase of(ModelView model, VersionView version, List<DecisionView> history) {
        return of(model, version, history, null);
    }

    static ApprovalCase of(ModelView model, VersionView version, List<DecisionView> history,
                           @Nullable String delegate) {
        var d = model.details();
        return new ApprovalCase(version.label(), d.owner(), RiskLevel.of(d),
                d.euRiskCategory() == EuRiskCategory.PROHIBITED, version.registeredBy(), version.status(), history,
                delegate);
    }

    /**
     * The owner {@code actor} acts for when they take the business owner's part as the active delegate, or null
     * when they are the owner themselves (or not on the owner's side at all).
     */
    @Nullable String onBehalfOf(String actor, Role actedAs) {
        return actedAs == Role.BUSINESS_OWNER && !owner.equals(actor) && actor.equals(delegate) ? owner : null;
    }

    RiskLevel risk() {
        return risk;
    }

    /** Whether this version needs the approvals of both its business owner and a risk officer. */
    boolean needsTwoApprovers() {
        return EvidencePolicy.needsRiskOfficerApproval(risk);
    }

    /**
     * Checks that {@code actor}, holding {@code roles}, may take decision {@code kind} now, and returns the role they
     * act as. Throws {@link ConflictException} when the version's status or earlier decisions forbid the decision,
     * {@link PermissionDeniedException} when this person may not take it.
     */
    Role authorise(DecisionKind kind, String actor, Set<Role> roles) {
        if (!status.canMoveTo(kind.target())) {
            throw new ConflictException(status.whyNot(kind.target()));
        }
        if (kind == DecisionKind.APPROVE && prohibited) {
            throw new ConflictException("The model's use is prohibited under the EU AI Act; none of its versions "
                    + "can ever be approved.");
        }
        if (kind == DecisionKind.SUBMIT) {
            if (!roles.contains(Role.MODEL_DEVELOPER)) {
                throw new PermissionDeniedException("Only model developers submit versions for approval.");
            }
            return Role.MODEL_DEVELOPER;
        }
        if (kind.isOperational()) {
            if (roles.contains(Role.MODEL_DEVELOPER)) {
                return Role.MODEL_DEVELOPER;
            }
            // a delegate takes the owner's part in reviews only, not in deployment decisions
            if (roles.contains(Role.BUSINESS_OWNER) && owner.equals(actor)) {
                return Role.BUSINESS_OWNER;
            }
            throw new PermissionDeniedException("Only model developers and the model's business owner (" + owner
                    + ") may " + kind.label().toLowerCase() + " its versions.");
        }
        return reviewer(kind, actor, roles);
    }

    private Role reviewer(DecisionKind kind, String actor, Set<Role> roles) {
        if (actor.equals(registeredBy)) {
            throw new PermissionDeniedException("You registered version " + label
                    + "; someone else must review it (segregation of duties).");
        }
        if (submitters().contains(actor)) {
            throw new PermissionDeniedException("You submitted version " + label
                    + "; someone else must review it (segregation of duties).");
        }
        var candidates = EnumSet.noneOf(Role.class);
        if (isOwner(actor, roles)) {
            candidates.add(Role.BUSINESS_OWNER);
        }
        if (needsTwoApprovers() && roles.contains(Role.RISK_OFFICER)) {
            candidates.add(Role.RISK_OFFICER);
        }
        if (candidates.isEmpty()) {
            throw new PermissionDeniedException(needsTwoApprovers()
                    ? "Only the model's business owner (" + owners() + ") and risk officers review this high-risk "
                    + "model."
                    : "Only the model's business owner (" + owners() + ") reviews its versions.");
        }
        if (kind != DecisionKind.APPROVE) {
            return candidates.iterator().next();
        }
        var round = approvalsThisRound();
        if (round.stream().anyMatch(d -> d.actor().equals(actor))) {
            throw new ConflictException("You have already approved version " + label
                    + "; a second, different person must approve it too.");
        }
        var approvedAs = round.stream().map(DecisionView::actedAs).collect(Collectors.toSet());
        candidates.removeAll(approvedAs);
        if (candidates.isEmpty()) {
            throw new ConflictException("Version " + label + " already has the approval of its "
                    + approvedAs.stream().map(Role::label).map(String::toLowerCase).sorted()
                    .collect(Collectors.joining(" and ")) + "; "
                    + (approvedAs.contains(Role.RISK_OFFICER) ? "its business owner" : "a risk officer")
                    + " must approve it too.");
        }
        return candidates.iterator().next();
    }

    /** The status after decision {@code kind} taken as {@code actedAs}: high risk stays submitted until both approve. */
    ApprovalStatus outcome(DecisionKind kind, Role actedAs) {
        if (kind != DecisionKind.APPROVE || !needsTwoApprovers()) {
            return kind.target();
        }
        var approvedAs = approvalsThisRound().stream().map(DecisionView::actedAs)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
        approvedAs.add(actedAs);
        return approvedAs.containsAll(EnumSet.of(Role.BUSINESS_OWNER, Role.RISK_OFFICER))
                ? ApprovalStatus.APPROVED : ApprovalStatus.SUBMITTED;
    }

    /** Whether {@link #authorise} would allow the decision (for showing only the buttons that work). */
    boolean allows(DecisionKind kind, String actor, Set<Role> roles) {
        try {
            authorise(kind, actor, roles);
            return true;
        } catch (DomainException e) {
            return false;
        }
    }

    /** Approvals given since the version was last submitted. */
    List<DecisionView> approvalsThisRound() {
        var lastSubmit = -1;
        for (int i = 0; i < history.size(); i++) {
            if (history.get(i).kind() == DecisionKind.SUBMIT) {
                lastSubmit = i;
            }
        }
        return history.subList(lastSubmit + 1, history.size()).stream()
                .filter(d -> d.kind() == DecisionKind.APPROVE).toList();
    }

    private Set<String> submitters() {
        return history.stream().filter(d -> d.kind() == DecisionKind.SUBMIT).map(DecisionView::actor)
                .collect(Collectors.toSet());
    }

    /** The model's business owner, or the business owner they delegated their approvals (reviews) to. */
    private boolean isOwner(String actor, Set<Role> roles) {
        return roles.contains(Role.BUSINESS_OWNER) && (owner.equals(actor) || actor.equals(delegate));
    }

    private String owners() {
        return delegate == null || delegate.equals(owner) ? owner : owner + ", or their delegate " + delegate;
    }
}
