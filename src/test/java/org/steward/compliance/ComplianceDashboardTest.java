package org.steward.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.steward.approval.ApprovalFixtures;
import org.steward.approval.ApprovalWorkflow;
import org.steward.compliance.DashboardFilter.Issue;
import org.steward.compliance.check.ComplianceStatus;
import org.steward.identity.Role;
import org.steward.identity.RunAs;
import org.steward.register.EuRiskCategory;
import org.steward.register.InternalRiskTier;
import org.steward.register.ModelRegister;

/** The register-wide dashboard over the demo register: counts, flags, drill-down, paging, expiring attestations. */
@SpringBootTest
class ComplianceDashboardTest {

    private static final PageRequest ALL = PageRequest.of(0, 1000);

    @Autowired
    ComplianceDashboard dashboard;

    @Autowired
    Compliance compliance;

    @Autowired
    Attestations attestations;

    @Autowired
    ModelRegister register;

    @Autowired
    ApprovalWorkflow workflow;

    @Autowired
    RunAs runAs;

    @Autowired
    Clock clock;

    ApprovalFixtures f;

    @BeforeEach
    void setUp() {
        f = new ApprovalFixtures(runAs, register, workflow, null);
    }

    private <T> T asAuditor(Supplier<T> action) {
        return f.as("auditor", action, Role.AUDITOR);
    }

    private List<String> names(DashboardFilter filter) {
        return asAuditor(() -> dashboard.rows(filter, ALL)).stream().map(DashboardRow::name).toList();
    }

    @Test
    void the_summary_counts_every_model_once_per_framework() {
        var summary = asAuditor(() -> dashboard.summary());

        assertThat(summary.models()).isGreaterThanOrEqualTo(14);
        assertThat(summary.frameworks()).extracting(DashboardSummary.FrameworkCount::code)
                .containsExactly("eu-ai-act", "nist-ai-rmf", "sr-11-7");
        assertThat(summary.frameworks()).allSatisfy(c -> assertThat(c.met() + c.partly() + c.notMet()
                + c.notApplicable()).isEqualTo(summary.models()));
        var nist = summary.frameworks().get(1);
        assertThat(nist.notApplicable()).isZero();
        assertThat(summary.ledger()).startsWith("Intact");
        assertThat(asAuditor(() -> dashboard.count(DashboardFilter.NONE))).isEqualTo(summary.models());
    }

    @Test
    void models_in_production_without_an_approval_on_record_and_overdue_reviews_are_flagged() {
        var unapproved = names(new DashboardFilter(null, null, Issue.PRODUCTION_WITHOUT_APPROVAL, null));
        // seeded straight into production by the demo, where gates could not pass honestly
        assertThat(unapproved).contains("Retail credit scoring", "Sepsis early warning");
        // taken through the real workflow by the demo
        assertThat(unapproved).doesNotContain("Telecom churn propensity");

        assertThat(names(new DashboardFilter(null, null, Issue.REVIEW_OVERDUE, null)))
                .contains("Subscription churn uplift");
        var summary = asAuditor(() -> dashboard.summary());
        assertThat(summary.issues().get(Issue.PRODUCTION_WITHOUT_APPROVAL)).isEqualTo(unapproved.size());
    }

    @Test
    void a_count_drills_down_to_its_models() {
        var outsideEuAct = names(new DashboardFilter("eu-ai-act", ComplianceStatus.NOT_APPLICABLE, null, null));
        assertThat(outsideEuAct).contains("Telecom churn propensity", "Card fraud detection")
                .doesNotContain("Retail credit scoring");
        var banking = names(new DashboardFilter("sr-11-7", null, null, "credit"));
        assertThat(banking).contains("Retail credit scoring", "SME loan default", "Credit limit optimiser");
        var summary = asAuditor(() -> dashboard.summary());
        assertThat(outsideEuAct).hasSize((int) summary.frameworks().getFirst().notApplicable());
    }

    @Test
    void the_model_list_pages_and_sorts_by_gaps() {
        var firstPage = asAuditor(() -> dashboard.rows(DashboardFilter.NONE, PageRequest.of(0, 5)));
        var secondPage = asAuditor(() -> dashboard.rows(DashboardFilter.NONE, PageRequest.of(1, 5)));
        assertThat(firstPage).hasSize(5);
        assertThat(secondPage).hasSize(5).doesNotContainAnyElementsOf(firstPage);
        assertThat(firstPage).isSortedAccordingTo((a, b) -> a.name().compareToIgnoreCase(b.name()));

        var byGaps = asAuditor(() -> dashboard.rows(DashboardFilter.NONE, PageRequest.of(0, 100,
                Sort.by(Sort.Direction.DESC, "gaps"))));
        assertThat(byGaps).extracting(DashboardRow::gaps).isSortedAccordingTo((a, b) -> Integer.compare(b, a));
    }

    @Test
    void attestations_close_to_expiry_are_listed_and_flag_their_model() {
        var model = f.model(EuRiskCategory.HIGH, InternalRiskTier.HIGH);
        var now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        // stored as if given 170 days ago with the 180 days of Art. 15(5): it expires in ten days
        var given = attestations.save(new Attestation(model.id(), "eu-ai-act", 1, "art-15-cybersecurity",
                ComplianceTest.STATEMENT, "pentest.pdf", "application/pdf", 10, "d".repeat(64), "risk",
                now.minus(Duration.ofDays(170)), now.plus(Duration.ofDays(10))));
        f.as("risk", () -> compliance.decide(model.id(), "sr-11-7", false, "Not a banking model; drop the cache."),
                Role.RISK_OFFICER);

        var expiring = asAuditor(() -> dashboard.expiringAttestations(ALL));
        var mine = expiring.stream().filter(e -> e.attestation().id() == given.id()).findFirst().orElseThrow();
        assertThat(mine.modelName()).isEqualTo(model.name());
        assertThat(mine.daysLeft()).isBetween(9L, 10L);
        assertThat(names(new DashboardFilter(null, null, Issue.ATTESTATION_EXPIRING, null))).contains(model.name());
        assertThat(asAuditor(() -> dashboard.countExpiringAttestations())).isEqualTo(expiring.size());
    }

    @Test
    void only_risk_officers_and_auditors_see_the_dashboard() {
        assertThat(f.as("risk", () -> dashboard.summary(), Role.RISK_OFFICER).models()).isPositive();
        for (var role : List.of(Role.BUSINESS_OWNER, Role.ADMIN, Role.MODEL_DEVELOPER, Role.END_USER)) {
            assertThatThrownBy(() -> f.as("someone", () -> dashboard.summary(), role))
                    .isInstanceOf(AccessDeniedException.class);
        }
    }
}
