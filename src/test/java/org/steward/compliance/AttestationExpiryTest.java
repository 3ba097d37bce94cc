package org.steward.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.data.domain.PageRequest;
import org.steward.approval.ApprovalFixtures;
import org.steward.approval.ApprovalWorkflow;
import org.steward.compliance.DashboardFilter.Issue;
import org.steward.compliance.check.ComplianceStatus;
import org.steward.compliance.check.RequirementStatus;
import org.steward.identity.Role;
import org.steward.identity.RunAs;
import org.steward.identity.UserProvisioning;
import org.steward.register.EuRiskCategory;
import org.steward.register.InternalRiskTier;
import org.steward.register.ModelRegister;

/**
 * Attestations expire after their requirement's period, told by the injected clock moved forward: counted until then,
 * listed as expiring in the last 30 days, lapsed afterwards, and still counted as of a day before the expiry. Runs on
 * a database of its own without the demo, so that moving the clock disturbs no other test.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:steward-attestation-expiry;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "steward.demo.enabled=false"})
@Import(AttestationExpiryTest.MovableClock.class)
class AttestationExpiryTest {

    private static final Instant START = Instant.parse("2026-01-05T10:00:00Z");

    @TestConfiguration(proxyBeanMethods = false)
    static class MovableClock {

        static final AtomicReference<Instant> NOW = new AtomicReference<>(START);

        @Bean
        @Primary
        Clock movableClock() {
            return new Clock() {
                @Override
                public ZoneId getZone() {
                    return ZoneOffset.UTC;
                }

                @Override
                public Clock withZone(ZoneId zone) {
                    return Clock.fixed(NOW.get(), zone);
                }

                @Override
                public Instant instant() {
                    return NOW.get();
                }
            };
        }
    }

    @Autowired
    Compliance compliance;

    @Autowired
    ComplianceDashboard dashboard;

    @Autowired
    ModelRegister register;

    @Autowired
    ApprovalWorkflow workflow;

    @Autowired
    UserProvisioning users;

    @Autowired
    RunAs runAs;

    private <T> T as(String user, Role role, Supplier<T> action) {
        return runAs.call(user, java.util.Set.of(role), action);
    }

    private RequirementStatus cyber(long modelId) {
        return as("auditor", Role.AUDITOR, () -> compliance.assess(modelId)).framework("eu-ai-act").orElseThrow()
                .requirements().stream().filter(r -> r.requirement().code().equals("art-15-cybersecurity"))
                .findFirst().orElseThrow();
    }

    private static void moveTo(Instant at) {
        MovableClock.NOW.set(at);
    }

    @Test
    void an_attestation_counts_for_its_period_warns_before_it_ends_and_lapses_after() {
        moveTo(START);
        users.ensureUser("owner", "Owner", null, "steward-demo-1", java.util.EnumSet.of(Role.BUSINESS_OWNER));
        var f = new ApprovalFixtures(runAs, register, workflow, null);
        var model = f.model(EuRiskCategory.HIGH, InternalRiskTier.HIGH);
        var given = as("risk", Role.RISK_OFFICER, () -> compliance.attest(model.id(), "eu-ai-act",
                "art-15-cybersecurity", ComplianceTest.STATEMENT, "pentest.pdf", "application/pdf",
                ComplianceTest.PDF));
        assertThat(given.expiresAt()).isEqualTo(START.plus(Duration.ofDays(180)));
        assertThat(cyber(model.id()).status()).isEqualTo(ComplianceStatus.MET);

        moveTo(START.plus(Duration.ofDays(170)));
        assertThat(cyber(model.id()).status()).isEqualTo(ComplianceStatus.MET);
        var expiring = as("auditor", Role.AUDITOR, () -> dashboard.expiringAttestations(PageRequest.of(0, 10)));
        assertThat(expiring).extracting(e -> e.attestation().id(), ExpiringAttestation::daysLeft)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(given.id(), 10L));
        assertThat(as("auditor", Role.AUDITOR, () -> dashboard.rows(new DashboardFilter(null, null,
                Issue.ATTESTATION_EXPIRING, null), PageRequest.of(0, 10)))).extracting(DashboardRow::modelId)
                .containsExactly(model.id());

        moveTo(START.plus(Duration.ofDays(180)));
        var lapsed = cyber(model.id());
        assertThat(lapsed.status()).isEqualTo(ComplianceStatus.NOT_MET);
        assertThat(lapsed.lapsed().id()).isEqualTo(given.id());
        assertThat(lapsed.gaps().getFirst().what()).endsWith("(the attestation of 2026-01-05 expired on 2026-07-04).");
        assertThat(as("auditor", Role.AUDITOR, () -> dashboard.countExpiringAttestations())).isZero();

        var before = as("auditor", Role.AUDITOR, () -> compliance.assess(model.id(), LocalDate.parse("2026-07-03")));
        assertThat(before.framework("eu-ai-act").orElseThrow().requirements().get(7).status())
                .isEqualTo(ComplianceStatus.MET);
    }
}
