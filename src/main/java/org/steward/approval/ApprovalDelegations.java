package org.steward.approval;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steward.base.ConflictException;
import org.steward.base.PermissionDeniedException;
import org.steward.base.Validation;
import org.steward.identity.CurrentUser;
import org.steward.identity.Role;
import org.steward.identity.UserDirectory;
import org.steward.identity.UserSummary;
import org.steward.register.ModelRegister;
import org.steward.register.ModelView;

/**
 * A model's business owner delegates their part in its reviews (approve, request changes, reject) to another
 * active business owner, e.g. while on leave, and revokes it again. At most one delegation per model is active;
 * a new one replaces it. The delegate is bound by every other rule of {@link ApprovalCase}. Each change is
 * published as {@link ApprovalDelegationChanged}.
 */
@Service
@Transactional
public class ApprovalDelegations {

    private final Delegations delegations;
    private final ModelRegister register;
    private final UserDirectory users;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ApprovalDelegations(Delegations delegations, ModelRegister register, UserDirectory users,
                        CurrentUser currentUser, ApplicationEventPublisher events, Clock clock) {
        this.delegations = delegations;
        this.register = register;
        this.users = users;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** Delegates the caller's approvals on their model to {@code delegateUsername}, replacing any active one. */
    @PreAuthorize("hasRole('BUSINESS_OWNER')")
    public DelegationView delegate(long modelId, String delegateUsername, String rationale) {
        var owner = ownerActing(modelId);
        var errors = new LinkedHashMap<String, String>();
        var delegate = delegateUsername == null ? "" : delegateUsername.strip();
        if (delegate.isEmpty()) {
            errors.put("delegate", "choose the business owner to delegate to");
        } else if (delegate.equals(owner)) {
            errors.put("delegate", "you cannot delegate to yourself");
        } else if (!users.isActiveWithRole(delegate, Role.BUSINESS_OWNER)) {
            errors.put("delegate", delegate + " is not an active business owner");
        }
        checkRationale(rationale, errors);
        Validation.throwIfAny(errors);
        var now = now();
        var active = delegations.findFirstByModelIdAndRevokedAtIsNullOrderByIdDesc(modelId);
        if (active.isPresent()) {
            var old = active.get();
            old.revoke(owner, now);
            delegations.saveAndFlush(old);
            events.publishEvent(new ApprovalDelegationChanged(modelId, true, old.delegate(), owner,
                    "replaced by a delegation to " + delegate, owner, now));
        }
        var saved = delegations.save(new Delegation(modelId, delegate, owner, now, rationale));
        events.publishEvent(new ApprovalDelegationChanged(modelId, false, delegate, owner, rationale, owner, now));
        return saved.view();
    }

    /** Ends the active delegation on the caller's model; the owner alone approves again. */
    @PreAuthorize("hasRole('BUSINESS_OWNER')")
    public void revoke(long modelId, String rationale) {
        var owner = ownerActing(modelId);
        var errors = new LinkedHashMap<String, String>();
        checkRationale(rationale, errors);
        Validation.throwIfAny(errors);
        var active = delegations.findFirstByModelIdAndRevokedAtIsNullOrderByIdDesc(modelId)
                .orElseThrow(() -> new ConflictException("Approvals on this model are not delegated."));
        var now = now();
        active.revoke(owner, now);
        delegations.save(active);
        events.publishEvent(new ApprovalDelegationChanged(modelId, true, active.delegate(), owner, rationale, owner,
                now));
    }

    /** The model's active delegation, if any. */
    @PreAuthorize("hasAnyRole('ADMIN', 'BUSINESS_OWNER', 'MODEL_DEVELOPER', 'RISK_OFFICER', 'AUDITOR')")
    @Transactional(readOnly = true)
    public Optional<DelegationView> current(long modelId) {
        return delegations.findFirstByModelIdAndRevokedAtIsNullOrderByIdDesc(modelId).map(Delegation::view);
    }

    /** Whether the signed-in user is the model's business owner, who alone may delegate its approvals. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean mayDelegate(long modelId) {
        return currentUser.has(Role.BUSINESS_OWNER) && isOwner(register.get(modelId), currentUser.username());
    }

    /** Those the model's owner may delegate to: active business owners other than the owner. */
    @PreAuthorize("hasRole('BUSINESS_OWNER')")
    @Transactional(readOnly = true)
    public List<UserSummary> candidates(long modelId) {
        var owner = register.get(modelId).details().owner();
        return users.activeUsersWithRole(Role.BUSINESS_OWNER).stream()
                .filter(u -> !u.username().equals(owner)).toList();
    }

    private String ownerActing(long modelId) {
        var me = currentUser.username();
        var model = register.get(modelId);
        if (!isOwner(model, me)) {
            throw new PermissionDeniedException("Only the model's business owner (" + model.details().owner()
                    + ") may delegate or revoke its approvals.");
        }
        return me;
    }

    /** Now, as precisely as the database keeps it, so that the returned view equals the one read back. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static boolean isOwner(ModelView model, String username) {
        return model.details().owner().equals(username);
    }

    private static void checkRationale(String rationale, LinkedHashMap<String, String> errors) {
        if (rationale == null || rationale.strip().length() < DecisionRequest.RATIONALE_MIN) {
            errors.put("rationale", "explain the delegation in at least " + DecisionRequest.RATIONALE_MIN
                    + " characters");
        } else if (rationale.length() > DecisionRequest.RATIONALE_MAX) {
            errors.put("rationale", "keep the rationale under " + DecisionRequest.RATIONALE_MAX + " characters");
        }
    }
}
