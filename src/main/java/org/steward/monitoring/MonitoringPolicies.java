package org.steward.monitoring;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steward.base.ConflictException;
import org.steward.base.PermissionDeniedException;
import org.steward.base.Validation;
import org.steward.identity.CurrentUser;
import org.steward.identity.Role;
import org.steward.monitoring.MonitoringEvent.PolicyChanged;
import org.steward.register.ModelRegister;

/**
 * Each model's monitoring policy, versioned: a change is a new version with a written rationale, made by the
 * model's business owner or a risk officer against the version they read, and published as {@link PolicyChanged}.
 */
@Service
@Transactional
public class MonitoringPolicies {

    public static final int RATIONALE_MIN = 10;

    private final PolicyVersions policies;
    private final ModelRegister register;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MonitoringPolicies(PolicyVersions policies, ModelRegister register, CurrentUser currentUser,
                       ApplicationEventPublisher events, Clock clock) {
        this.policies = policies;
        this.register = register;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    @PreAuthorize(Monitoring.READERS)
    @Transactional(readOnly = true)
    public MonitoringPolicy current(long modelId) {
        register.get(modelId);
        return policies.current(modelId);
    }

    /** Every version, newest first, ending with the defaults (version 0). */
    @PreAuthorize(Monitoring.READERS)
    @Transactional(readOnly = true)
    public List<MonitoringPolicy> history(long modelId) {
        register.get(modelId);
        var all = new ArrayList<>(policies.findByModelIdOrderByPolicyVersionDesc(modelId).stream()
                .map(PolicyVersion::view).toList());
        all.add(MonitoringPolicy.defaults(modelId));
        return all;
    }

    /** Whether the signed-in user may change the model's policy: its business owner or a risk officer. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean canChange(long modelId) {
        return currentUser.has(Role.RISK_OFFICER) || currentUser.has(Role.BUSINESS_OWNER)
                && register.get(modelId).details().owner().equals(currentUser.username());
    }

    /** Makes {@code spec} the next version; {@code expectedVersion} must be the current one. */
    @PreAuthorize("hasAnyRole('BUSINESS_OWNER', 'RISK_OFFICER')")
    public MonitoringPolicy change(long modelId, int expectedVersion, MonitoringPolicySpec spec, String rationale) {
        var model = register.get(modelId);
        var actor = currentUser.username();
        if (!currentUser.has(Role.RISK_OFFICER) && !model.details().owner().equals(actor)) {
            throw new PermissionDeniedException("Only the model's business owner (" + model.details().owner()
                    + ") or a risk officer may change its monitoring policy.");
        }
        var errors = new LinkedHashMap<String, String>();
        spec.problems().forEach((field, problem) -> errors.put("spec." + field, problem));
        var why = rationale == null ? "" : rationale.strip();
        if (why.length() < RATIONALE_MIN) {
            errors.put("rationale", "explain the change in at least " + RATIONALE_MIN + " characters");
        } else if (why.length() > PolicyVersion.RATIONALE_MAX) {
            errors.put("rationale", "at most " + PolicyVersion.RATIONALE_MAX + " characters");
        }
        var current = policies.current(modelId);
        if (current.policyVersion() != expectedVersion) {
            throw stale(expectedVersion, current.policyVersion());
        }
        if (errors.isEmpty() && current.spec().equals(spec)) {
            errors.put("spec", "identical to the current version " + current.policyVersion());
        }
        Validation.throwIfAny(errors);
        var at = clock.instant().truncatedTo(ChronoUnit.MICROS);
        var next = current.policyVersion() + 1;
        PolicyVersion saved;
        try {
            saved = policies.saveAndFlush(new PolicyVersion(modelId, next, spec, why, actor, at));
        } catch (DataIntegrityViolationException e) {
            throw stale(expectedVersion, next);
        }
        events.publishEvent(new PolicyChanged(modelId, current.policyVersion(), next, why, actor, at));
        return saved.view();
    }

    private static ConflictException stale(int expected, int actual) {
        return new ConflictException("The monitoring policy was changed by someone else since you read it (version "
                + expected + ", now " + actual + "); reload it and apply your change again.");
    }
}
