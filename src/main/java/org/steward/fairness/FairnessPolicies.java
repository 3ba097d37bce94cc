package org.steward.fairness;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steward.approval.RiskLevel;
import org.steward.base.ConflictException;
import org.steward.base.Validation;
import org.steward.fairness.measure.FairnessPolicySpec;
import org.steward.identity.CurrentUser;
import org.steward.identity.Role;

/**
 * The fairness policy of each risk level, versioned: every change is a new version with a written rationale, made
 * by a risk officer against the version they read, and published as {@link FairnessPolicyChanged}.
 */
@Service
@Transactional
public class FairnessPolicies {

    static final String READERS =
            "hasAnyRole('ADMIN', 'BUSINESS_OWNER', 'MODEL_DEVELOPER', 'RISK_OFFICER', 'AUDITOR')";
    public static final int RATIONALE_MIN = 10;

    private final StoredPolicies policies;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    FairnessPolicies(StoredPolicies policies, CurrentUser currentUser, ApplicationEventPublisher events,
                     Clock clock) {
        this.policies = policies;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public FairnessPolicyVersion current(RiskLevel riskLevel) {
        return policies.current(riskLevel).view();
    }

    /** The current policy of every risk level, high risk first. */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public List<FairnessPolicyVersion> current() {
        var levels = Arrays.asList(RiskLevel.values()).reversed();
        return levels.stream().map(level -> policies.current(level).view()).toList();
    }

    /** Every version of a risk level's policy, newest first. */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public List<FairnessPolicyVersion> history(RiskLevel riskLevel) {
        return policies.findByRiskLevelOrderByPolicyVersionDesc(riskLevel).stream().map(StoredPolicy::view).toList();
    }

    /** Whether the signed-in user may change policies (risk officers). */
    @PreAuthorize("isAuthenticated()")
    public boolean canChange() {
        return currentUser.has(Role.RISK_OFFICER);
    }

    /**
     * Makes {@code spec} the next version of the risk level's policy. {@code expectedVersion} must be the current
     * version, or the change is refused as stale; the rationale needs at least {@value #RATIONALE_MIN} characters.
     */
    @PreAuthorize("hasRole('RISK_OFFICER')")
    public FairnessPolicyVersion change(RiskLevel riskLevel, int expectedVersion, FairnessPolicySpec spec,
                                     String rationale) {
        var errors = new LinkedHashMap<String, String>();
        spec.problems().forEach((field, problem) -> errors.put("spec." + field, problem));
        var why = rationale == null ? "" : rationale.strip();
        if (why.length() < RATIONALE_MIN) {
            errors.put("rationale", "explain the change in at least " + RATIONALE_MIN + " characters");
        } else if (why.length() > StoredPolicy.RATIONALE_MAX) {
            errors.put("rationale", "at most " + StoredPolicy.RATIONALE_MAX + " characters");
        }
        var current = policies.current(riskLevel);
        if (current.policyVersion() != expectedVersion) {
            throw stale(riskLevel, expectedVersion, current.policyVersion());
        }
        if (errors.isEmpty() && current.spec().equals(spec)) {
            errors.put("spec", "identical to the current version " + current.policyVersion()
                    + "; change a measure, a limit or a setting");
        }
        Validation.throwIfAny(errors);
        var actor = currentUser.username();
        // the database keeps microseconds: return what it will give back
        var at = clock.instant().truncatedTo(ChronoUnit.MICROS);
        var next = current.policyVersion() + 1;
        StoredPolicy saved;
        try {
            saved = policies.saveAndFlush(new StoredPolicy(riskLevel, next, spec, why, actor, at));
        } catch (DataIntegrityViolationException e) {
            throw stale(riskLevel, expectedVersion, next);
        }
        events.publishEvent(new FairnessPolicyChanged(riskLevel, current.policyVersion(), next, spec, why, actor,
                at));
        return saved.view();
    }

    private static ConflictException stale(RiskLevel riskLevel, int expected, int actual) {
        return new ConflictException("The " + riskLevel.label().toLowerCase(Locale.ROOT)
                + " fairness policy was changed by someone else since you read it (version " + expected + ", now "
                + actual + "); reload it and apply your change again.");
    }
}
