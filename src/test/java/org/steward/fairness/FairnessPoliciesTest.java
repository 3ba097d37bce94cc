package org.steward.fairness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.steward.approval.RiskLevel;
import org.steward.base.ConflictException;
import org.steward.base.InvalidInputException;
import org.steward.fairness.measure.FairnessPolicySpec;
import org.steward.fairness.measure.Measure;
import org.steward.fairness.measure.MeasureLimit;
import org.steward.fairness.measure.ReferenceMode;
import org.steward.fairness.measure.RowSelection;
import org.steward.identity.Role;
import org.steward.identity.RunAs;
import org.steward.ledger.Ledger;
import org.steward.ledger.LedgerFilter;

/** The versioned fairness policies: the seeded versions and the rules of a change. Changes touch low risk only. */
@SpringBootTest
class FairnessPoliciesTest {

    private static final String WHY = "Tighter limits after the annual review.";

    @Autowired
    FairnessPolicies policies;

    @Autowired
    Ledger ledger;

    @Autowired
    RunAs runAs;

    private <T> T as(String user, Role role, Supplier<T> action) {
        return runAs.call(user, Set.of(role), action);
    }

    private FairnessPolicyVersion current(RiskLevel level) {
        return as("auditor", Role.AUDITOR, () -> policies.current(level));
    }

    private static FairnessPolicySpec withReauditDays(FairnessPolicySpec s, int days) {
        return new FairnessPolicySpec(s.limits(), s.referenceMode(), s.referenceGroups(), s.minGroupSize(),
                s.intersections(), days, s.rows());
    }

    @Test
    void the_migration_seeds_a_first_version_per_risk_level() {
        var history = as("auditor", Role.AUDITOR, () -> policies.history(RiskLevel.HIGH));
        var first = history.getLast();

        assertThat(first.version()).isEqualTo(1);
        assertThat(first.rationale()).isEqualTo("Initial policy");
        assertThat(first.spec()).isEqualTo(new FairnessPolicySpec(List.of(
                MeasureLimit.of(Measure.DEMOGRAPHIC_PARITY_RATIO, 0.8),
                MeasureLimit.of(Measure.EQUALIZED_ODDS_DIFFERENCE, 0.1),
                MeasureLimit.of(Measure.EQUAL_OPPORTUNITY_DIFFERENCE, 0.1)), ReferenceMode.BETWEEN_GROUPS, Map.of(),
                30, false, 180, RowSelection.TEST));
        var medium = as("auditor", Role.AUDITOR, () -> policies.history(RiskLevel.MEDIUM)).getLast().spec();
        assertThat(medium.limits()).containsExactly(MeasureLimit.of(Measure.DISPARATE_IMPACT, 0.8),
                MeasureLimit.of(Measure.EQUALIZED_ODDS_DIFFERENCE, 0.15));
        assertThat(medium.reauditDays()).isEqualTo(365);
        var low = as("auditor", Role.AUDITOR, () -> policies.history(RiskLevel.LOW)).getLast().spec();
        assertThat(low.limits()).containsExactly(MeasureLimit.of(Measure.DISPARATE_IMPACT, 0.8));
        assertThat(as("auditor", Role.AUDITOR, () -> policies.current())).extracting(FairnessPolicyVersion::riskLevel)
                .containsExactly(RiskLevel.HIGH, RiskLevel.MEDIUM, RiskLevel.LOW);
        for (var level : RiskLevel.values()) {
            assertThat(as("auditor", Role.AUDITOR, () -> policies.history(level)).getLast().spec().problems())
                    .as(level.name()).isEmpty();
        }
    }

    @Test
    void a_risk_officer_changes_a_policy_with_a_rationale_and_the_ledger_records_it() {
        var before = current(RiskLevel.LOW);
        long recorded = as("auditor", Role.AUDITOR, () -> ledger.count(new LedgerFilter("risk",
                "FAIRNESS_POLICY_CHANGED", "fairness-policy:LOW", null, null)));
        var changed = as("risk", Role.RISK_OFFICER, () -> policies.change(RiskLevel.LOW, before.version(),
                withReauditDays(before.spec(), before.spec().reauditDays() == 300 ? 301 : 300), "  " + WHY + " "));

        assertThat(changed.version()).isEqualTo(before.version() + 1);
        assertThat(changed.rationale()).isEqualTo(WHY);
        assertThat(changed.changedBy()).isEqualTo("risk");
        assertThat(current(RiskLevel.LOW)).isEqualTo(changed);
        assertThat(as("auditor", Role.AUDITOR, () -> policies.history(RiskLevel.LOW)))
                .extracting(FairnessPolicyVersion::version).startsWith(changed.version(), before.version());
        assertThat(as("auditor", Role.AUDITOR, () -> ledger.count(new LedgerFilter("risk", "FAIRNESS_POLICY_CHANGED",
                "fairness-policy:LOW", null, null)))).isEqualTo(recorded + 1);
    }

    @Test
    void only_risk_officers_change_policies() {
        var before = current(RiskLevel.LOW);
        var spec = withReauditDays(before.spec(), 200);

        for (var role : List.of(Role.ADMIN, Role.MODEL_DEVELOPER, Role.BUSINESS_OWNER, Role.AUDITOR)) {
            assertThatThrownBy(() -> as("admin", role, () -> policies.change(RiskLevel.LOW, before.version(), spec,
                    WHY))).as(role.name()).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(as("risk", Role.RISK_OFFICER, () -> policies.canChange())).isTrue();
        assertThat(as("admin", Role.ADMIN, () -> policies.canChange())).isFalse();
        assertThat(current(RiskLevel.LOW)).isEqualTo(before);
    }

    @Test
    void a_short_rationale_or_invalid_limits_are_refused_by_field_and_nothing_changes() {
        var before = current(RiskLevel.LOW);
        var invalid = new FairnessPolicySpec(List.of(MeasureLimit.of(Measure.DISPARATE_IMPACT, 1.5)),
                ReferenceMode.BETWEEN_GROUPS, Map.of(), 0, false, 365, RowSelection.TEST);

        assertThatThrownBy(() -> as("risk", Role.RISK_OFFICER, () -> policies.change(RiskLevel.LOW, before.version(),
                invalid, "too short")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys("rationale", "spec.limits[0].limit", "spec.minGroupSize")
                        .containsEntry("rationale", "explain the change in at least 10 characters"));
        assertThatThrownBy(() -> as("risk", Role.RISK_OFFICER, () -> policies.change(RiskLevel.LOW, before.version(),
                before.spec(), WHY)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys("spec"));
        assertThat(current(RiskLevel.LOW)).isEqualTo(before);
    }

    @Test
    void a_change_against_a_stale_version_is_a_conflict() {
        var before = current(RiskLevel.LOW);

        assertThatThrownBy(() -> as("risk", Role.RISK_OFFICER, () -> policies.change(RiskLevel.LOW,
                before.version() - 1, withReauditDays(before.spec(), 100), WHY)))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("version " + (before.version() - 1) + ", now " + before.version());
        assertThat(current(RiskLevel.LOW)).isEqualTo(before);
    }

    @Test
    void end_users_cannot_read_policies() {
        assertThatThrownBy(() -> as("enduser", Role.END_USER, () -> policies.current()))
                .isInstanceOf(AccessDeniedException.class);
    }
}
