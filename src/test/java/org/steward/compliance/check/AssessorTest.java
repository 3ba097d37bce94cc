package org.steward.compliance.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.steward.compliance.check.EvidenceCases.EARLIER;
import static org.steward.compliance.check.EvidenceCases.NOW;
import static org.steward.compliance.check.EvidenceCases.complete;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.steward.compliance.check.ModelEvidence.LedgerStanding;
import org.steward.compliance.check.RequirementStatus.MetBy;
import org.steward.identity.Role;
import org.steward.register.EuRiskCategory;
import org.steward.register.InternalRiskTier;

/** Assessments of the shipped frameworks on worked cases: statuses, attestations and their expiry, applicability. */
class AssessorTest {

    static Framework shipped(String code) {
        try (var in = AssessorTest.class.getResourceAsStream("/compliance/frameworks/" + code + ".yaml")) {
            return FrameworkFile.parse(code + ".yaml", new String(Objects.requireNonNull(in).readAllBytes(),
                    StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final Framework EU = shipped("eu-ai-act");
    private static final Framework NIST = shipped("nist-ai-rmf");
    private static final Framework SR = shipped("sr-11-7");

    private static FrameworkAssessment assess(Framework f, ModelEvidence e, List<AttestationView> attestations) {
        return Assessor.assess(List.of(f), e, Map.of(), attestations).getFirst();
    }

    private static RequirementStatus requirement(FrameworkAssessment a, String code) {
        return a.requirements().stream().filter(r -> r.requirement().code().equals(code)).findFirst().orElseThrow();
    }

    static AttestationView attestation(String framework, String requirement, Instant at, Duration valid,
                                       @Nullable Instant withdrawnAt) {
        return new AttestationView(1, 7, framework, 1, requirement, "Penetration test by an external firm, no "
                + "critical findings.", "pentest.pdf", "application/pdf", 2048, "c".repeat(64), "risk", at,
                at.plus(valid), withdrawnAt == null ? null : "risk", withdrawnAt,
                withdrawnAt == null ? null : "Superseded by a new test.");
    }

    @Test
    void complete_evidence_meets_every_automatic_eu_requirement_and_leaves_cybersecurity_to_an_attestation() {
        var a = assess(EU, complete(), List.of());

        assertThat(a.applies()).isTrue();
        assertThat(a.applicability()).isEqualTo("Applies: EU AI Act category High risk");
        assertThat(a.requirements()).extracting(r -> r.requirement().code(), RequirementStatus::status)
                .containsExactly(tuple("art-9", ComplianceStatus.MET), tuple("art-10", ComplianceStatus.MET),
                        tuple("art-11", ComplianceStatus.MET), tuple("art-12", ComplianceStatus.MET),
                        tuple("art-13", ComplianceStatus.MET), tuple("art-14", ComplianceStatus.MET),
                        tuple("art-15-accuracy", ComplianceStatus.MET),
                        tuple("art-15-cybersecurity", ComplianceStatus.NOT_MET), tuple("art-72", ComplianceStatus.MET));
        assertThat(a.status()).isEqualTo(ComplianceStatus.PARTLY);
        var cyber = requirement(a, "art-15-cybersecurity");
        assertThat(cyber.evidence()).isEmpty();
        assertThat(cyber.gaps()).extracting(Gap::role, Gap::who).containsExactly(tuple(Role.RISK_OFFICER,
                "a risk officer"));
        assertThat(cyber.gaps().getFirst().what()).isEqualTo("Attest that the requirement is met, with a statement "
                + "and a supporting file.");
    }

    @Test
    void a_current_attestation_meets_the_requirement_until_it_expires() {
        var given = attestation("eu-ai-act", "art-15-cybersecurity", EARLIER, Duration.ofDays(180), null);

        var now = assess(EU, complete(), List.of(given));
        assertThat(requirement(now, "art-15-cybersecurity").status()).isEqualTo(ComplianceStatus.MET);
        assertThat(requirement(now, "art-15-cybersecurity").metBy()).isEqualTo(MetBy.ATTESTATION);
        assertThat(now.status()).isEqualTo(ComplianceStatus.MET);

        var justBefore = assess(EU, EvidenceCases.at(complete(), given.expiresAt().minusSeconds(1)), List.of(given));
        assertThat(requirement(justBefore, "art-15-cybersecurity").status()).isEqualTo(ComplianceStatus.MET);

        var expired = assess(EU, EvidenceCases.at(complete(), given.expiresAt()), List.of(given));
        var lapsed = requirement(expired, "art-15-cybersecurity");
        assertThat(lapsed.status()).isEqualTo(ComplianceStatus.NOT_MET);
        assertThat(lapsed.attestation()).isNull();
        assertThat(lapsed.lapsed()).isEqualTo(given);
        assertThat(lapsed.gaps().getFirst().what()).endsWith("(the attestation of 2026-02-01 expired on 2026-07-31).");
        assertThat(expired.status()).isEqualTo(ComplianceStatus.PARTLY);
    }

    @Test
    void a_withdrawn_or_later_attestation_does_not_count() {
        var withdrawn = attestation("eu-ai-act", "art-15-cybersecurity", EARLIER, Duration.ofDays(180),
                EARLIER.plus(Duration.ofDays(10)));
        var later = attestation("eu-ai-act", "art-15-cybersecurity", NOW.plusSeconds(60), Duration.ofDays(180), null);

        var a = requirement(assess(EU, complete(), List.of(withdrawn, later)), "art-15-cybersecurity");

        assertThat(a.status()).isEqualTo(ComplianceStatus.NOT_MET);
        assertThat(a.gaps().getFirst().what()).endsWith("(the attestation of 2026-02-01 was withdrawn).");
        // before its withdrawal it counted
        var before = requirement(assess(EU, EvidenceCases.at(complete(), EARLIER.plus(Duration.ofDays(5))),
                List.of(withdrawn)), "art-15-cybersecurity");
        assertThat(before.status()).isEqualTo(ComplianceStatus.MET);
    }

    @Test
    void missing_evidence_makes_a_requirement_partly_met_with_gaps_naming_who_acts() {
        var v = EvidenceCases.version();
        var noValidation = EvidenceCases.withVersion(complete(), EvidenceCases.version(null, v.fairness(),
                v.baseline(), v.decisions()));

        var accuracy = requirement(assess(EU, noValidation, List.of()), "art-15-accuracy");

        assertThat(accuracy.status()).isEqualTo(ComplianceStatus.PARTLY);
        assertThat(accuracy.evidence()).extracting(RuleResult::rule, RuleResult::satisfied)
                .containsExactly(tuple(EvidenceRule.VALIDATION, false), tuple(EvidenceRule.MONITORING_STATUS, true));
        assertThat(accuracy.gaps()).extracting(Gap::role, Gap::who)
                .containsExactly(tuple(Role.MODEL_DEVELOPER, "Credit Analytics"), tuple(Role.RISK_OFFICER,
                        "a risk officer"));
        assertThat(accuracy.gaps().getFirst().what()).startsWith("Accuracy metrics documented: No validation result");
        assertThat(accuracy.gaps().getFirst().link().href()).isEqualTo("/models/7?tab=Validation");
    }

    @Test
    void record_keeping_cannot_be_attested_away() {
        var broken = EvidenceCases.withLedger(complete(), new LedgerStanding(false, "Broken at entry 3: edited", 9));
        var attested = attestation("eu-ai-act", "art-12", EARLIER, Duration.ofDays(365), null);

        var art12 = requirement(assess(EU, broken, List.of(attested)), "art-12");

        assertThat(art12.status()).isEqualTo(ComplianceStatus.NOT_MET);
        assertThat(art12.attestation()).isNull();
        assertThat(art12.gaps()).extracting(Gap::role).containsExactly(Role.ADMIN);
    }

    @Test
    void which_frameworks_apply_follows_the_eu_category_and_the_business_domain() {
        var highCredit = Assessor.assess(List.of(EU, NIST, SR), complete(), Map.of(), List.of());
        assertThat(highCredit).extracting(FrameworkAssessment::code, FrameworkAssessment::applies)
                .containsExactly(tuple("eu-ai-act", true), tuple("nist-ai-rmf", true), tuple("sr-11-7", true));

        var lowChurn = EvidenceCases.withModel(complete(), EvidenceCases.details(EuRiskCategory.MINIMAL,
                InternalRiskTier.LOW, "churn"));
        var low = Assessor.assess(List.of(EU, NIST, SR), lowChurn, Map.of(), List.of());
        assertThat(low).extracting(FrameworkAssessment::code, FrameworkAssessment::applies, FrameworkAssessment::status)
                .containsExactly(tuple("eu-ai-act", false, ComplianceStatus.NOT_APPLICABLE),
                        tuple("nist-ai-rmf", true, ComplianceStatus.PARTLY),
                        tuple("sr-11-7", false, ComplianceStatus.NOT_APPLICABLE));
        assertThat(low.getFirst().applicability()).isEqualTo("Does not apply: EU AI Act category Minimal risk, internal "
                + "tier Low, domain 'churn'; applies when the model's EU AI Act category is High risk");
        assertThat(low.getFirst().requirements()).allSatisfy(r -> {
            assertThat(r.status()).isEqualTo(ComplianceStatus.NOT_APPLICABLE);
            assertThat(r.gaps()).isEmpty();
        });

        // the internal tier alone does not bring a model under the EU AI Act's high-risk obligations
        var internalHigh = EvidenceCases.withModel(complete(), EvidenceCases.details(EuRiskCategory.LIMITED,
                InternalRiskTier.HIGH, "Retail credit"));
        var mixed = Assessor.assess(List.of(EU, SR), internalHigh, Map.of(), List.of());
        assertThat(mixed).extracting(FrameworkAssessment::applies).containsExactly(false, true);
        assertThat(mixed.get(1).applicability()).isEqualTo("Applies: business domain 'Retail credit'");
    }

    @Test
    void a_risk_officers_decision_overrides_the_default_applicability_with_its_rationale() {
        var lowChurn = EvidenceCases.withModel(complete(), EvidenceCases.details(EuRiskCategory.MINIMAL,
                InternalRiskTier.LOW, "churn"));
        var include = new ApplicabilityChoice(1, 7, "eu-ai-act", true, "Used to rank employees, treat as high risk.",
                "risk", EARLIER);
        var a = Assessor.assess(List.of(EU), lowChurn, Map.of("eu-ai-act", include), List.of()).getFirst();
        assertThat(a.applies()).isTrue();
        assertThat(a.choice()).isEqualTo(include);
        assertThat(a.applicability()).isEqualTo("Applies by decision of risk on 2026-02-01: Used to rank employees, "
                + "treat as high risk. (by default it does not apply)");

        var backToDefault = new ApplicabilityChoice(2, 7, "eu-ai-act", null, "The use was narrowed again.", "risk",
                EARLIER);
        assertThat(Assessor.assess(List.of(EU), lowChurn, Map.of("eu-ai-act", backToDefault), List.of()).getFirst()
                .applies()).isFalse();
    }

    @Test
    void framework_and_model_statuses_combine_their_parts() {
        assertThat(Assessor.combine(List.of(ComplianceStatus.MET, ComplianceStatus.NOT_APPLICABLE)))
                .isEqualTo(ComplianceStatus.MET);
        assertThat(Assessor.combine(List.of(ComplianceStatus.NOT_MET, ComplianceStatus.NOT_MET)))
                .isEqualTo(ComplianceStatus.NOT_MET);
        assertThat(Assessor.combine(List.of(ComplianceStatus.NOT_MET, ComplianceStatus.MET)))
                .isEqualTo(ComplianceStatus.PARTLY);
        assertThat(Assessor.combine(List.of())).isEqualTo(ComplianceStatus.NOT_APPLICABLE);
        assertThat(Assessor.worst(List.of(ComplianceStatus.MET, ComplianceStatus.NOT_MET, ComplianceStatus.PARTLY)))
                .isEqualTo(ComplianceStatus.NOT_MET);

        var model = Assessor.model(List.of(EU, NIST, SR), complete(), Map.of(), List.of());
        assertThat(model.overall()).isEqualTo(ComplianceStatus.PARTLY);
        assertThat(model.flags().productionWithoutApproval()).isFalse();
        assertThat(model.versionLabel()).isEqualTo("1.1.0");
    }
}
