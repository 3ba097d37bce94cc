package org.steward.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.steward.approval.ApprovalFixtures;
import org.steward.approval.ApprovalWorkflow;
import org.steward.approval.DecisionRequest;
import org.steward.base.InvalidInputException;
import org.steward.base.NotFoundException;
import org.steward.base.PermissionDeniedException;
import org.steward.base.Sha256;
import org.steward.compliance.check.ComplianceStatus;
import org.steward.compliance.check.EvidenceRule;
import org.steward.compliance.check.FrameworkAssessment;
import org.steward.compliance.check.ModelCompliance;
import org.steward.compliance.check.RequirementStatus;
import org.steward.compliance.check.RequirementStatus.MetBy;
import org.steward.compliance.check.RuleResult;
import org.steward.identity.Role;
import org.steward.identity.RunAs;
import org.steward.ledger.Ledger;
import org.steward.ledger.LedgerFilter;
import org.steward.ledger.LedgerRecord;
import org.steward.register.EuRiskCategory;
import org.steward.register.InternalRiskTier;
import org.steward.register.ModelRegister;
import org.steward.register.ModelView;
import org.steward.register.RegisterFilter;

/** Compliance against the database and the demo register: frameworks, assessments, attestations, applicability. */
@SpringBootTest
class ComplianceTest {

    static final String STATEMENT = "External penetration test of the scoring API in January, no critical findings.";
    static final byte[] PDF = "%PDF-1.4 pentest report".getBytes(StandardCharsets.UTF_8);

    @Autowired
    Compliance compliance;

    @Autowired
    ModelRegister register;

    @Autowired
    ApprovalWorkflow workflow;

    @Autowired
    Ledger ledger;

    @Autowired
    RunAs runAs;

    @Autowired
    Clock clock;

    ApprovalFixtures f;

    @BeforeEach
    void setUp() {
        f = new ApprovalFixtures(runAs, register, workflow, null);
    }

    <T> T as(String user, Role role, Supplier<T> action) {
        return f.as(user, action, role);
    }

    static FrameworkAssessment framework(ModelCompliance c, String code) {
        return c.framework(code).orElseThrow();
    }

    static RequirementStatus requirement(ModelCompliance c, String framework, String code) {
        return framework(c, framework).requirements().stream().filter(r -> r.requirement().code().equals(code))
                .findFirst().orElseThrow();
    }

    private java.util.List<LedgerRecord> trail(long modelId) {
        return as("auditor", Role.AUDITOR, () -> ledger.trail("model:" + modelId));
    }

    private AttestationPointer attestCyber(ModelView model) {
        var a = as("risk", Role.RISK_OFFICER, () -> compliance.attest(model.id(), "eu-ai-act",
                "art-15-cybersecurity", STATEMENT, "C:\\reports\\pentest-2026.pdf", "application/pdf", PDF));
        return new AttestationPointer(a.id());
    }

    record AttestationPointer(long id) {
    }

    @Test
    void the_frameworks_are_loaded_from_their_data_files_and_recorded_in_the_ledger() {
        var frameworks = as("auditor", Role.AUDITOR, () -> compliance.frameworks());

        assertThat(frameworks).extracting(FrameworkRevision::code, r -> r.framework().revision(),
                FrameworkRevision::sourceFile).containsExactly(
                tuple("eu-ai-act", 1, "compliance/frameworks/eu-ai-act.yaml"),
                tuple("nist-ai-rmf", 1, "compliance/frameworks/nist-ai-rmf.yaml"),
                tuple("sr-11-7", 1, "compliance/frameworks/sr-11-7.yaml"));
        assertThat(frameworks).allSatisfy(r -> assertThat(r.contentSha256()).hasSize(64));
        var loaded = as("auditor", Role.AUDITOR, () -> ledger.entries(new LedgerFilter(null,
                "COMPLIANCE_FRAMEWORK_LOADED", "framework:", null, null), PageRequest.of(0, 10)));
        assertThat(loaded).extracting(LedgerRecord::subject).containsExactlyInAnyOrder("framework:eu-ai-act",
                "framework:nist-ai-rmf", "framework:sr-11-7");
        assertThat(loaded).allSatisfy(e -> assertThat(e.actor()).isEqualTo(ComplianceEvent.SYSTEM));
    }

    @Test
    void the_demo_credit_model_in_production_falls_under_all_three_frameworks_without_an_approval_on_record() {
        var id = as("auditor", Role.AUDITOR, () -> register.list(new RegisterFilter("Retail credit scoring", null,
                null, null, null, null), PageRequest.of(0, 1))).getFirst().id();

        var c = as("auditor", Role.AUDITOR, () -> compliance.assess(id));

        assertThat(c.versionLabel()).isEqualTo("1.1.0");
        assertThat(c.frameworks()).extracting(FrameworkAssessment::code, FrameworkAssessment::applies)
                .containsExactly(tuple("eu-ai-act", true), tuple("nist-ai-rmf", true), tuple("sr-11-7", true));
        assertThat(c.flags().productionWithoutApproval()).isTrue();
        var oversight = requirement(c, "eu-ai-act", "art-14");
        assertThat(oversight.status()).isEqualTo(ComplianceStatus.NOT_MET);
        assertThat(oversight.gaps()).extracting(g -> g.role()).containsExactly(Role.RISK_OFFICER, Role.RISK_OFFICER);
        var approval = requirement(c, "sr-11-7", "v-challenge").evidence().getFirst();
        assertThat(approval.detail()).isEqualTo("No approval of version 1.1.0 is on record, although it is Deployed: "
                + "that status was not reached through a recorded decision.");
        var record = requirement(c, "eu-ai-act", "art-12");
        assertThat(record.status()).isEqualTo(ComplianceStatus.MET);
        assertThat(record.evidence().getFirst().detail()).startsWith("Intact: ");
        assertThat(c.overall()).isIn(ComplianceStatus.NOT_MET, ComplianceStatus.PARTLY);
    }

    @Test
    void a_low_risk_model_approved_through_the_workflow_meets_nist_accountability_and_is_outside_the_eu_act() {
        var model = f.lowRisk();
        var submitted = f.submitted(model, "1.0.0");
        as("owner", Role.BUSINESS_OWNER, () -> workflow.approve(model.id(), "1.0.0",
                DecisionRequest.of(ApprovalFixtures.RATIONALE, submitted.version())));

        var c = as("risk", Role.RISK_OFFICER, () -> compliance.assess(model.id()));

        assertThat(c.frameworks()).extracting(FrameworkAssessment::code, FrameworkAssessment::status)
                .contains(tuple("eu-ai-act", ComplianceStatus.NOT_APPLICABLE),
                        tuple("sr-11-7", ComplianceStatus.NOT_APPLICABLE));
        var accountability = requirement(c, "nist-ai-rmf", "govern-2");
        assertThat(accountability.status()).isEqualTo(ComplianceStatus.MET);
        assertThat(accountability.metBy()).isEqualTo(MetBy.EVIDENCE);
        assertThat(accountability.evidence()).extracting(RuleResult::rule, RuleResult::satisfied)
                .containsExactly(tuple(EvidenceRule.OWNER_ACCOUNTABLE, true), tuple(EvidenceRule.APPROVAL, true));
        assertThat(accountability.evidence().get(1).detail()).startsWith("Version 1.0.0 approved by owner "
                + "(Business owner) on ");
        var measure = requirement(c, "nist-ai-rmf", "measure-1");
        assertThat(measure.status()).isEqualTo(ComplianceStatus.NOT_MET);
        assertThat(measure.gaps().getFirst().who()).isEqualTo("Approval tests");
        assertThat(measure.gaps().getFirst().link().href()).isEqualTo("/models/" + model.id() + "?tab=Validation");
    }

    @Test
    void a_risk_officer_attests_with_a_file_and_the_requirement_is_met_and_recorded() {
        var model = f.model(EuRiskCategory.HIGH, InternalRiskTier.HIGH);
        var before = requirement(as("auditor", Role.AUDITOR, () -> compliance.assess(model.id())), "eu-ai-act",
                "art-15-cybersecurity");
        assertThat(before.status()).isEqualTo(ComplianceStatus.NOT_MET);

        var id = attestCyber(model).id();

        var after = requirement(as("auditor", Role.AUDITOR, () -> compliance.assess(model.id())), "eu-ai-act",
                "art-15-cybersecurity");
        assertThat(after.status()).isEqualTo(ComplianceStatus.MET);
        assertThat(after.metBy()).isEqualTo(MetBy.ATTESTATION);
        var a = after.attestation();
        assertThat(a.statement()).isEqualTo(STATEMENT);
        assertThat(a.fileName()).isEqualTo("pentest-2026.pdf");
        assertThat(a.fileSha256()).isEqualTo(Sha256.hex(PDF));
        assertThat(a.attestedBy()).isEqualTo("risk");
        assertThat(java.time.Duration.between(a.attestedAt(), a.expiresAt()).toDays()).isEqualTo(180);
        var file = as("auditor", Role.AUDITOR, () -> compliance.attachment(id));
        assertThat(file.bytes()).isEqualTo(PDF);
        assertThat(file.contentType()).isEqualTo("application/pdf");
        assertThat(trail(model.id())).extracting(LedgerRecord::action).contains("COMPLIANCE_ATTESTED");
    }

    @Test
    void an_attestation_is_refused_with_nothing_stored_when_it_is_incomplete_or_not_the_callers_to_give() {
        var model = f.model(EuRiskCategory.HIGH, InternalRiskTier.HIGH);
        var count = (Supplier<Integer>) () -> as("auditor", Role.AUDITOR, () -> compliance.attestations(model.id()))
                .size();

        assertThatThrownBy(() -> as("risk", Role.RISK_OFFICER, () -> compliance.attest(model.id(), "eu-ai-act",
                "art-15-cybersecurity", "Looks fine.", "a.pdf", null, PDF)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("statement");
        assertThatThrownBy(() -> as("risk", Role.RISK_OFFICER, () -> compliance.attest(model.id(), "eu-ai-act",
                "art-15-cybersecurity", STATEMENT, "a.pdf", null, new byte[0])))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("attach the document");
        assertThatThrownBy(() -> as("risk", Role.RISK_OFFICER, () -> compliance.attest(model.id(), "eu-ai-act",
                "art-12", STATEMENT, "a.pdf", null, PDF)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("cannot be attested");
        assertThatThrownBy(() -> as("risk", Role.RISK_OFFICER, () -> compliance.attest(model.id(), "eu-ai-act",
                "art-99", STATEMENT, "a.pdf", null, PDF))).isInstanceOf(NotFoundException.class);
        // the owner attests business requirements of their own models only; risk requirements are a risk officer's
        assertThatThrownBy(() -> as("owner", Role.BUSINESS_OWNER, () -> compliance.attest(model.id(), "eu-ai-act",
                "art-15-cybersecurity", STATEMENT, "a.pdf", null, PDF)))
                .isInstanceOf(PermissionDeniedException.class).hasMessage("Only a risk officer attests Art. 15(5).");
        assertThatThrownBy(() -> as("owner2", Role.BUSINESS_OWNER, () -> compliance.attest(model.id(), "eu-ai-act",
                "art-13", STATEMENT, "a.pdf", null, PDF)))
                .isInstanceOf(PermissionDeniedException.class).hasMessageContaining("(owner) attests Art. 13");

        assertThat(count.get()).isZero();
        var byOwner = as("owner", Role.BUSINESS_OWNER, () -> compliance.attest(model.id(), "eu-ai-act", "art-13",
                STATEMENT, "instructions.pdf", null, PDF));
        assertThat(byOwner.requirementCode()).isEqualTo("art-13");
        assertThat(count.get()).isOne();
    }

    @Test
    void an_attachment_of_a_markup_type_is_kept_as_plain_bytes_and_its_name_loses_any_path() {
        assertThat(Compliance.contentType("text/html")).isEqualTo("application/octet-stream");
        assertThat(Compliance.contentType("image/svg+xml")).isEqualTo("application/octet-stream");
        assertThat(Compliance.contentType(null)).isEqualTo("application/octet-stream");
        assertThat(Compliance.contentType("Application/PDF; charset=binary")).isEqualTo("application/pdf");
        assertThat(Compliance.contentType("application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
                .endsWith("wordprocessingml.document");
        assertThat(Compliance.fileName("../../etc/passwd")).isEqualTo("passwd");
        assertThat(Compliance.fileName("C:\\reports\\a\"b.pdf")).isEqualTo("ab.pdf");
    }

    @Test
    void a_withdrawn_attestation_stops_counting_and_the_withdrawal_is_recorded() {
        var model = f.model(EuRiskCategory.HIGH, InternalRiskTier.HIGH);
        var id = attestCyber(model).id();

        as("risk", Role.RISK_OFFICER, () -> compliance.withdraw(id, "The test covered the old API only."));

        var r = requirement(as("auditor", Role.AUDITOR, () -> compliance.assess(model.id())), "eu-ai-act",
                "art-15-cybersecurity");
        assertThat(r.status()).isEqualTo(ComplianceStatus.NOT_MET);
        assertThat(r.lapsed().withdrawalReason()).isEqualTo("The test covered the old API only.");
        assertThat(trail(model.id())).extracting(LedgerRecord::action).contains("COMPLIANCE_ATTESTATION_WITHDRAWN");
        assertThatThrownBy(() -> as("risk", Role.RISK_OFFICER, () -> compliance.withdraw(id, "Withdrawn twice now.")))
                .hasMessage("The attestation was already withdrawn.");
    }

    @Test
    void a_risk_officer_decides_applicability_with_a_rationale_that_the_ledger_records() {
        var model = f.lowRisk();
        var rationale = "Its scores feed decisions on employees; treat it as high risk under Annex III.";

        as("risk", Role.RISK_OFFICER, () -> compliance.decide(model.id(), "eu-ai-act", true, rationale));
        var included = framework(as("auditor", Role.AUDITOR, () -> compliance.assess(model.id())), "eu-ai-act");
        assertThat(included.applies()).isTrue();
        assertThat(included.applicability()).contains("by decision of risk on ").contains(rationale)
                .endsWith("(by default it does not apply)");

        as("risk", Role.RISK_OFFICER, () -> compliance.decide(model.id(), "eu-ai-act", null,
                "The use was narrowed back to testing only."));
        assertThat(framework(as("auditor", Role.AUDITOR, () -> compliance.assess(model.id())), "eu-ai-act")
                .applies()).isFalse();
        assertThat(trail(model.id())).extracting(LedgerRecord::action)
                .containsSubsequence("COMPLIANCE_APPLICABILITY_CHANGED", "COMPLIANCE_APPLICABILITY_CHANGED");
        assertThat(as("auditor", Role.AUDITOR, () -> compliance.applicabilityHistory(model.id())))
                .extracting(c -> c.applies()).containsExactly(true, null);

        assertThatThrownBy(() -> as("risk", Role.RISK_OFFICER, () -> compliance.decide(model.id(), "sr-11-7", true,
                "Because.")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("at least 20 characters");
        assertThatThrownBy(() -> as("risk", Role.RISK_OFFICER, () -> compliance.decide(model.id(), "iso-42001",
                true, rationale))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void auditors_read_everything_and_every_write_is_refused_on_the_server() {
        var model = f.model(EuRiskCategory.HIGH, InternalRiskTier.HIGH);
        var id = attestCyber(model).id();

        assertThat(as("auditor", Role.AUDITOR, () -> compliance.canRead())).isTrue();
        assertThat(as("auditor", Role.AUDITOR, () -> compliance.assess(model.id())).frameworks()).hasSize(3);
        assertThatThrownBy(() -> as("auditor", Role.AUDITOR, () -> compliance.attest(model.id(), "eu-ai-act",
                "art-15-cybersecurity", STATEMENT, "a.pdf", null, PDF))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("auditor", Role.AUDITOR, () -> compliance.withdraw(id, "Auditors cannot withdraw.")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("auditor", Role.AUDITOR, () -> compliance.decide(model.id(), "eu-ai-act", false,
                "Auditors cannot decide applicability."))).isInstanceOf(AccessDeniedException.class);
        assertThat(as("auditor", Role.AUDITOR, () -> compliance.canDecide())).isFalse();

        assertThatThrownBy(() -> as("dev", Role.MODEL_DEVELOPER, () -> compliance.assess(model.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("enduser", Role.END_USER, () -> compliance.assess(model.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("owner", Role.BUSINESS_OWNER, () -> compliance.assess(model.id(),
                LocalDate.now(clock)))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void as_of_a_past_day_the_assessment_leaves_out_what_was_recorded_later() {
        var model = f.model(EuRiskCategory.HIGH, InternalRiskTier.HIGH);
        f.draft(model, "1.0.0");
        attestCyber(model);
        var today = LocalDate.now(clock.withZone(ZoneOffset.UTC));

        var now = as("auditor", Role.AUDITOR, () -> compliance.assess(model.id(), today));
        assertThat(now.versionLabel()).isEqualTo("1.0.0");
        assertThat(requirement(now, "eu-ai-act", "art-15-cybersecurity").status()).isEqualTo(ComplianceStatus.MET);

        var yesterday = as("auditor", Role.AUDITOR, () -> compliance.assess(model.id(), today.minusDays(1)));
        assertThat(yesterday.versionLabel()).isNull();
        assertThat(yesterday.ledger().modelEntries()).isZero();
        assertThat(requirement(yesterday, "eu-ai-act", "art-15-cybersecurity").status())
                .isEqualTo(ComplianceStatus.NOT_MET);
        assertThat(requirement(yesterday, "eu-ai-act", "art-11").evidence().get(1).detail())
                .isEqualTo("The model has no version registered by " + today.minusDays(1) + ".");

        assertThatThrownBy(() -> as("auditor", Role.AUDITOR, () -> compliance.assess(model.id(), today.plusDays(1))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("is in the future");
    }
}
