package org.steward.compliance.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.steward.compliance.check.EvidenceCases.EARLIER;
import static org.steward.compliance.check.EvidenceCases.NOW;
import static org.steward.compliance.check.EvidenceCases.SHA;
import static org.steward.compliance.check.EvidenceCases.complete;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.steward.approval.DecisionKind;
import org.steward.compliance.check.ModelEvidence.DecisionPoint;
import org.steward.compliance.check.ModelEvidence.FairnessPoint;
import org.steward.compliance.check.ModelEvidence.LedgerStanding;
import org.steward.compliance.check.ModelEvidence.MonitoringPoint;
import org.steward.compliance.check.ModelEvidence.ValidationPoint;
import org.steward.fairness.measure.Verdict;
import org.steward.identity.Role;
import org.steward.monitoring.MonitoringStatus;
import org.steward.register.ApprovalStatus;
import org.steward.register.EuRiskCategory;
import org.steward.register.InternalRiskTier;
import org.steward.register.ModelDetails;

/** Each evidence rule on worked cases: satisfied by complete evidence, and not when its piece is missing or bad. */
class RulesTest {

    @ParameterizedTest
    @EnumSource(EvidenceRule.class)
    void complete_evidence_satisfies_every_rule(EvidenceRule rule) {
        var result = Rules.check(rule, complete());

        assertThat(result.satisfied()).as(result.detail()).isTrue();
        assertThat(result.rule()).isEqualTo(rule);
        assertThat(result.link().href()).startsWith(rule == EvidenceRule.LEDGER_INTACT ? "/ledger" : "/models/7?tab=");
    }

    @Test
    void accuracy_metrics_are_documented_by_a_test_metric_with_an_overfitting_gap_within_the_limit() {
        var within = Rules.check(EvidenceRule.VALIDATION, complete());
        assertThat(within.detail()).isEqualTo("Test AUC 0.810; overfitting gap 0.020 within the limit 0.05 (dataset "
                + "3fa2b1c9d0e4…, 2026-02-01).");

        var wide = version(new ValidationPoint(1, "AUC", 0.90, 0.81, 0.09, SHA, EARLIER));
        var tooWide = Rules.check(EvidenceRule.VALIDATION, wide);
        assertThat(tooWide.satisfied()).isFalse();
        assertThat(tooWide.detail()).contains("overfitting gap 0.090 exceeds the limit 0.05");

        var noTest = Rules.check(EvidenceRule.VALIDATION, version(new ValidationPoint(1, "AUC", 0.9, null, null, SHA,
                EARLIER)));
        assertThat(noTest.satisfied()).isFalse();
        assertThat(noTest.detail()).contains("test AUC of version 1.1.0 cannot be computed");

        var none = Rules.check(EvidenceRule.VALIDATION, version(null));
        assertThat(none.satisfied()).isFalse();
        assertThat(none.detail()).startsWith("No validation result for version 1.1.0");
    }

    private static ModelEvidence version(ValidationPoint validation) {
        var v = EvidenceCases.version();
        return EvidenceCases.withVersion(complete(), EvidenceCases.version(validation, v.fairness(), v.baseline(),
                v.decisions()));
    }

    @Test
    void human_oversight_needs_two_different_approvers_in_the_latest_review_round() {
        assertThat(Rules.check(EvidenceRule.TWO_APPROVERS, complete()).detail())
                .isEqualTo("Version 1.1.0 approved by owner (Business owner) and risk (Risk officer).");

        var one = List.of(
                new DecisionPoint(DecisionKind.SUBMIT, "dev", Role.MODEL_DEVELOPER, ApprovalStatus.SUBMITTED, EARLIER),
                new DecisionPoint(DecisionKind.APPROVE, "owner", Role.BUSINESS_OWNER, ApprovalStatus.APPROVED,
                        EARLIER.plusSeconds(60)));
        var single = Rules.check(EvidenceRule.TWO_APPROVERS, decisions(ApprovalStatus.APPROVED, one));
        assertThat(single.satisfied()).isFalse();
        assertThat(single.detail()).isEqualTo("Only owner (Business owner) approved version 1.1.0; a second, different "
                + "person must approve it too.");

        // approvals before a resubmission do not count for the round in force
        var resubmitted = new java.util.ArrayList<>(EvidenceCases.twoApprovals().subList(0, 3));
        resubmitted.add(new DecisionPoint(DecisionKind.SUBMIT, "dev", Role.MODEL_DEVELOPER, ApprovalStatus.SUBMITTED,
                EARLIER.plusSeconds(10_000)));
        assertThat(Rules.check(EvidenceRule.TWO_APPROVERS, decisions(ApprovalStatus.SUBMITTED, resubmitted))
                .satisfied()).isFalse();
    }

    @Test
    void an_approval_is_on_record_only_when_a_recorded_decision_approved_the_version_and_it_still_stands() {
        var seeded = Rules.check(EvidenceRule.APPROVAL, decisions(ApprovalStatus.DEPLOYED, List.of()));
        assertThat(seeded.satisfied()).isFalse();
        assertThat(seeded.detail()).isEqualTo("No approval of version 1.1.0 is on record, although it is Deployed: "
                + "that status was not reached through a recorded decision.");

        var suspended = Rules.check(EvidenceRule.APPROVAL, decisions(ApprovalStatus.SUSPENDED,
                EvidenceCases.twoApprovals()));
        assertThat(suspended.satisfied()).isFalse();
        assertThat(suspended.detail()).endsWith("but is now Suspended.");

        assertThat(Rules.check(EvidenceRule.APPROVAL, complete()).detail())
                .isEqualTo("Version 1.1.0 approved by risk (Risk officer) on 2026-02-01.");
    }

    private static ModelEvidence decisions(ApprovalStatus status, List<DecisionPoint> decisions) {
        return EvidenceCases.withVersion(complete(), EvidenceCases.withStatus(EvidenceCases.version(), status,
                decisions));
    }

    @Test
    void post_market_monitoring_needs_a_baseline_and_a_status_that_is_not_red() {
        var v = EvidenceCases.version();
        var noBaseline = EvidenceCases.withVersion(complete(), EvidenceCases.version(v.validation(), v.fairness(), null,
                v.decisions()));
        assertThat(Rules.check(EvidenceRule.MONITORING_BASELINE, noBaseline).satisfied()).isFalse();

        var red = EvidenceCases.withMonitoring(complete(), new MonitoringPoint(MonitoringStatus.RED,
                "PSI 0.31 on income", "1.1.0", EARLIER));
        var result = Rules.check(EvidenceRule.MONITORING_STATUS, red);
        assertThat(result.satisfied()).isFalse();
        assertThat(result.detail()).isEqualTo("Monitoring status RED (version 1.1.0, 2026-02-01): PSI 0.31 on income");

        var amber = EvidenceCases.withMonitoring(complete(), new MonitoringPoint(MonitoringStatus.AMBER, "", "1.1.0",
                EARLIER));
        assertThat(Rules.check(EvidenceRule.MONITORING_STATUS, amber).satisfied()).isTrue();
        assertThat(Rules.check(EvidenceRule.MONITORING_STATUS, EvidenceCases.withMonitoring(complete(), null))
                .detail()).isEqualTo("The model has not been evaluated in production yet.");
    }

    @Test
    void record_keeping_needs_an_intact_ledger_with_entries_about_the_model() {
        var broken = EvidenceCases.withLedger(complete(), new LedgerStanding(false,
                "Broken at entry 17: hash mismatch", 9));
        assertThat(Rules.check(EvidenceRule.LEDGER_INTACT, broken).detail())
                .isEqualTo("The ledger does not verify: Broken at entry 17: hash mismatch");
        assertThat(Rules.check(EvidenceRule.LEDGER_INTACT, EvidenceCases.withLedger(complete(),
                new LedgerStanding(true, "Intact", 0))).satisfied()).isFalse();
    }

    @Test
    void a_fairness_audit_counts_while_it_passed_and_its_re_audit_is_not_due() {
        var v = EvidenceCases.version();
        var due = v.fairness().dueAt();
        assertThat(Rules.check(EvidenceRule.FAIRNESS, EvidenceCases.at(complete(), due)).detail())
                .contains("but a re-audit was due on 2026-07-31");
        var failed = EvidenceCases.withVersion(complete(), EvidenceCases.version(v.validation(),
                new FairnessPoint(2, Verdict.FAIL, List.of("disparate impact 0.71 < 0.8 (sex)"), 1, SHA, EARLIER, due),
                v.baseline(), v.decisions()));
        assertThat(Rules.check(EvidenceRule.FAIRNESS, failed).detail()).endsWith(": disparate impact 0.71 < 0.8 (sex).");
    }

    @Test
    void an_overdue_review_date_is_a_gap_of_the_business_owner() {
        var d = complete().model().details();
        var overdue = new ModelDetails(d.name(), d.description(), d.businessDomain(), d.owner(), d.developerTeam(),
                d.objective(), d.kpis(), EuRiskCategory.HIGH, InternalRiskTier.HIGH, d.riskJustification(),
                d.intendedUse(), d.outOfScopeUse(), d.tags(), java.time.LocalDate.parse("2026-03-01"));
        var result = Rules.check(EvidenceRule.REVIEW_CURRENT, EvidenceCases.withModel(complete(), overdue));

        assertThat(result.satisfied()).isFalse();
        assertThat(result.detail()).isEqualTo("The review was due on 2026-03-01 (14 days overdue).");
        assertThat(EvidenceRule.REVIEW_CURRENT.actor()).isEqualTo(Role.BUSINESS_OWNER);
    }

    @Test
    void without_a_version_every_version_rule_says_so() {
        var none = EvidenceCases.withVersion(complete(), null);
        for (var rule : List.of(EvidenceRule.LINEAGE_PINNED, EvidenceRule.VALIDATION, EvidenceRule.APPROVAL,
                EvidenceRule.MODEL_CARD)) {
            var result = Rules.check(rule, none);
            assertThat(result.satisfied()).isFalse();
            assertThat(result.detail()).isEqualTo("The model has no version registered by " + "2026-03-15.");
        }
        assertThat(NOW.toString()).startsWith("2026-03-15");
    }
}
