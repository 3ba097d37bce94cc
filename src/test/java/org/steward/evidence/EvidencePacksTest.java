package org.steward.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.steward.approval.ApprovalFixtures;
import org.steward.approval.ApprovalWorkflow;
import org.steward.approval.DecisionRequest;
import org.steward.audit.ChangeHistory;
import org.steward.audit.ChangeRecord;
import org.steward.base.PermissionDeniedException;
import org.steward.identity.Role;
import org.steward.identity.RunAs;
import org.steward.ledger.Ledger;
import org.steward.register.ApprovalStatus;
import org.steward.register.ModelRegister;
import org.steward.register.ModelView;
import org.steward.register.Stage;
import tools.jackson.databind.json.JsonMapper;

/** Evidence packs of a low-risk model taken through the real workflow: decisions, ledger trail, state on a day. */
@SpringBootTest
class EvidencePacksTest {

    static final String APPROVAL = "Meets the KPI targets on the holdout; lineage complete.";

    @Autowired
    EvidencePacks evidence;

    @Autowired
    ApprovalWorkflow workflow;

    @Autowired
    ModelRegister register;

    @Autowired
    RunAs runAs;

    @Autowired
    ChangeHistory history;

    @Autowired
    Ledger ledger;

    @Autowired
    Clock clock;

    ApprovalFixtures f;

    @BeforeEach
    void setUp() {
        f = new ApprovalFixtures(runAs, register, workflow, null);
    }

    /** Registered and submitted by the developer, approved later by its owner; returns when it was submitted. */
    private Instant approved(ModelView model) throws InterruptedException {
        var submitted = f.submitted(model, "1.0.0");
        Thread.sleep(5);
        var between = clock.instant();
        Thread.sleep(5);
        f.as("owner", () -> workflow.approve(model.id(), "1.0.0", DecisionRequest.of(APPROVAL, submitted.version())),
                Role.BUSINESS_OWNER);
        return between;
    }

    private <T> T asAuditor(java.util.function.Supplier<T> action) {
        return f.as("auditor", action, Role.AUDITOR);
    }

    @Test
    void the_pack_holds_the_decisions_their_gates_the_ledger_trail_and_an_intact_verification() throws Exception {
        var model = f.lowRisk();
        approved(model);

        var pack = asAuditor(() -> evidence.pack(model.id()));

        assertThat(pack.generatedBy()).isEqualTo("auditor");
        assertThat(pack.model().name()).isEqualTo(model.name());
        assertThat(pack.model().riskJustification()).isNotBlank();
        assertThat(pack.model().kpis()).extracting(EvidencePack.KpiLine::name).containsExactly("Passing tests");
        assertThat(pack.versions()).extracting(EvidencePack.VersionSection::label, EvidencePack.VersionSection::status,
                EvidencePack.VersionSection::artifactSha256)
                .containsExactly(tuple("1.0.0", "Approved", ApprovalFixtures.SHA_A));
        assertThat(pack.decisions()).extracting(EvidencePack.DecisionSection::decision,
                EvidencePack.DecisionSection::actor, EvidencePack.DecisionSection::actedAs)
                .containsExactly(tuple("Submit", "dev", "Model developer"), tuple("Approve", "owner", "Business owner"));
        var approval = pack.decisions().get(1);
        assertThat(approval.rationale()).isEqualTo(APPROVAL);
        assertThat(approval.gates()).extracting(EvidencePack.GateLine::gate, EvidencePack.GateLine::outcome)
                .contains(tuple("Lineage recorded", "Pass"));
        assertThat(pack.ledger()).extracting(EvidencePack.LedgerLine::action)
                .containsExactly("MODEL_REGISTERED", "VERSION_REGISTERED", "VERSION_STATUS_CHANGED",
                        "DECISION_SUBMIT", "VERSION_STATUS_CHANGED", "DECISION_APPROVE");
        for (int i = 1; i < pack.ledger().size(); i++) {
            assertThat(pack.ledger().get(i).seq()).isGreaterThan(pack.ledger().get(i - 1).seq());
        }
        assertThat(pack.ledger()).allSatisfy(e -> assertThat(e.hash()).hasSize(64));
        assertThat(pack.verification().intact()).isTrue();
        assertThat(pack.verification().message()).startsWith("Intact");
    }

    @Test
    void exports_render_pdf_and_json_and_are_recorded_in_the_change_log_and_the_ledger() throws Exception {
        var model = f.lowRisk();
        approved(model);

        var pdf = asAuditor(() -> evidence.pdf(model.id()));
        var json = asAuditor(() -> evidence.json(model.id()));

        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        assertThat(pdf.filename()).startsWith("evidence-pack-approval-test-").endsWith(".pdf");
        try (var document = Loader.loadPDF(pdf.bytes())) {
            var text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains(model.name()).contains(APPROVAL).contains("Intact");
        }
        assertThat(json.filename()).endsWith(".json");
        var tree = JsonMapper.builder().build().readTree(json.bytes());
        assertThat(tree.path("decisions").get(1).path("rationale").asString()).isEqualTo(APPROVAL);

        var changes = asAuditor(() -> history.ofModel(model.id(), PageRequest.of(0, 50)));
        assertThat(changes).filteredOn(c -> c.kind().equals("EVIDENCE_PACK_EXPORTED"))
                .extracting(ChangeRecord::actor, ChangeRecord::summary)
                .containsExactlyInAnyOrder(
                        tuple("auditor", "Exported the evidence pack of model '" + model.name() + "' as PDF ("
                                + pdf.filename() + ")"),
                        tuple("auditor", "Exported the evidence pack of model '" + model.name() + "' as JSON ("
                                + json.filename() + ")"));
        assertThat(asAuditor(() -> ledger.trail("model:" + model.id())))
                .filteredOn(e -> e.action().equals("EVIDENCE_PACK_EXPORTED")).hasSize(2);
        assertThat(asAuditor(() -> ledger.verify()).intact()).isTrue();
    }

    @Test
    void the_state_as_of_a_moment_is_replayed_from_the_recorded_events() throws Exception {
        var model = f.lowRisk();
        var beforeAnything = clock.instant();
        var betweenSubmissionAndApproval = approved(model);

        var before = asAuditor(() -> evidence.stateAsOf(model.id(), beforeAnything));
        var submitted = asAuditor(() -> evidence.stateAsOf(model.id(), betweenSubmissionAndApproval));
        var today = asAuditor(() -> evidence.stateAsOf(model.id(), LocalDate.now(clock.withZone(ZoneOffset.UTC))));
        var yesterday = asAuditor(() -> evidence.stateAsOf(model.id(),
                LocalDate.now(clock.withZone(ZoneOffset.UTC)).minusDays(1)));

        assertThat(before.versions()).isEmpty();
        assertThat(yesterday.versions()).isEmpty();
        assertThat(submitted.versions()).singleElement().satisfies(v -> {
            assertThat(v.status()).isEqualTo(ApprovalStatus.SUBMITTED);
            assertThat(v.stage()).isEqualTo(Stage.DEVELOPMENT);
            assertThat(v.lastDecision()).startsWith("Submit by dev");
            assertThat(v.note()).isNull();
        });
        assertThat(today.versions()).singleElement().satisfies(v -> {
            assertThat(v.status()).isEqualTo(ApprovalStatus.APPROVED);
            assertThat(v.stage()).isEqualTo(Stage.STAGING);
            assertThat(v.lastDecision()).contains(APPROVAL);
        });
    }

    @Test
    void a_draft_is_draft_in_its_registered_stage_until_submitted() throws Exception {
        var model = f.lowRisk();
        f.draft(model, "0.9.0");
        var drafted = clock.instant();
        Thread.sleep(5);

        var state = asAuditor(() -> evidence.stateAsOf(model.id(), drafted));

        assertThat(state.versions()).singleElement().satisfies(v -> {
            assertThat(v.status()).isEqualTo(ApprovalStatus.DRAFT);
            assertThat(v.stage()).isEqualTo(Stage.DEVELOPMENT);
            assertThat(v.lastDecision()).isNull();
        });
    }

    @Test
    void developers_and_end_users_may_not_export_and_owners_only_their_own_models() throws Exception {
        var model = f.lowRisk();
        approved(model);

        for (var role : new Role[] {Role.MODEL_DEVELOPER, Role.END_USER}) {
            assertThatThrownBy(() -> f.as("someone", () -> evidence.pack(model.id()), role))
                    .as(role.name()).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> f.as("someone", () -> evidence.pdf(model.id()), role))
                    .as(role.name()).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> f.as("someone", () -> evidence.json(model.id()), role))
                    .as(role.name()).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> f.as("someone", () -> evidence.stateAsOf(model.id(), Instant.now()), role))
                    .as(role.name()).isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> f.as("owner2", () -> evidence.pdf(model.id()), Role.BUSINESS_OWNER))
                .isInstanceOf(PermissionDeniedException.class);
        assertThat(f.as("owner", () -> evidence.pdf(model.id()), Role.BUSINESS_OWNER).bytes()).isNotEmpty();
        for (var role : new Role[] {Role.RISK_OFFICER, Role.ADMIN}) {
            assertThat(f.as("someone", () -> evidence.pack(model.id()), role).verification().intact()).isTrue();
        }
        assertThat(f.as("owner2", () -> evidence.canExport(model.id()), Role.BUSINESS_OWNER)).isFalse();
        assertThat(f.as("owner", () -> evidence.canExport(model.id()), Role.BUSINESS_OWNER)).isTrue();
    }
}
