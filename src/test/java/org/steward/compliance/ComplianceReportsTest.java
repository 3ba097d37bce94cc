package org.steward.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.function.Supplier;
import org.apache.commons.csv.CSVFormat;
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
import org.steward.compliance.report.ReportFormat;
import org.steward.identity.Role;
import org.steward.identity.RunAs;
import org.steward.ledger.Ledger;
import org.steward.ledger.LedgerFilter;
import org.steward.ledger.LedgerRecord;
import org.steward.register.EuRiskCategory;
import org.steward.register.InternalRiskTier;
import org.steward.register.ModelRegister;
import org.steward.register.ModelView;
import tools.jackson.databind.json.JsonMapper;

/** Framework reports: what the PDF, CSV and JSON hold, the ledger head and verification, as-of, who may export. */
@SpringBootTest
class ComplianceReportsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    ComplianceReports reports;

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

    private <T> T asAuditor(Supplier<T> action) {
        return f.as("auditor", action, Role.AUDITOR);
    }

    private LedgerRecord head() {
        return asAuditor(() -> ledger.entries(LedgerFilter.NONE, PageRequest.of(0, 1))).getFirst();
    }

    private ModelView attestedHighRiskModel() {
        var model = f.model(EuRiskCategory.HIGH, InternalRiskTier.HIGH);
        f.draft(model, "1.0.0");
        f.as("risk", () -> compliance.attest(model.id(), "eu-ai-act", "art-15-cybersecurity", ComplianceTest.STATEMENT,
                "pentest.pdf", "application/pdf", ComplianceTest.PDF), Role.RISK_OFFICER);
        return model;
    }

    @Test
    void the_json_report_carries_the_ledger_head_and_verification_at_export_and_the_export_is_recorded() throws Exception {
        var model = attestedHighRiskModel();
        var before = head();

        var file = asAuditor(() -> reports.model(model.id(), null, ReportFormat.JSON));

        assertThat(file.contentType()).isEqualTo("application/json");
        assertThat(file.filename()).startsWith("compliance-approval-test-").endsWith(".json");
        var json = JSON.readTree(file.bytes());
        assertThat(json.path("scope").asString()).isEqualTo("model");
        assertThat(json.path("generatedBy").asString()).isEqualTo("auditor");
        assertThat(json.path("ledger").path("headSeq").asLong()).isEqualTo(before.seq());
        assertThat(json.path("ledger").path("headHash").asString()).isEqualTo(before.hash());
        assertThat(json.path("ledger").path("intact").asBoolean()).isTrue();
        assertThat(json.path("ledger").path("message").asString()).startsWith("Intact: ");
        assertThat(json.path("frameworks")).hasSize(3);
        assertThat(json.path("frameworks").get(0).path("sha256").asString()).hasSize(64);
        var m = json.path("models").get(0);
        assertThat(m.path("name").asString()).isEqualTo(model.name());
        assertThat(m.path("overall").asString()).isNotBlank();
        var eu = m.path("frameworks").get(0);
        assertThat(eu.path("code").asString()).isEqualTo("eu-ai-act");
        var cyber = eu.path("requirements").get(7);
        assertThat(cyber.path("requirement").path("reference").asString()).isEqualTo("Art. 15(5)");
        assertThat(cyber.path("status").asString()).isEqualTo("MET");
        assertThat(cyber.path("attestation").path("fileName").asString()).isEqualTo("pentest.pdf");

        var after = head();
        assertThat(after.seq()).isEqualTo(before.seq() + 1);
        assertThat(after.action()).isEqualTo("COMPLIANCE_REPORT_EXPORTED");
        assertThat(after.subject()).isEqualTo("model:" + model.id());
        assertThat(after.payload()).contains(before.hash());
    }

    @Test
    void the_csv_report_has_a_row_per_requirement_each_with_the_ledger_head() throws Exception {
        var model = attestedHighRiskModel();

        var file = asAuditor(() -> reports.model(model.id(), null, ReportFormat.CSV));

        var records = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(new String(file.bytes(), StandardCharsets.UTF_8))).getRecords();
        assertThat(records).hasSize(9 + 19 + 13);
        var head = records.getFirst().get("ledger_head_hash");
        assertThat(head).hasSize(64);
        assertThat(records).allSatisfy(r -> {
            assertThat(r.get("ledger_head_hash")).isEqualTo(head);
            assertThat(r.get("ledger_intact")).isEqualTo("true");
            assertThat(r.get("model")).isEqualTo(model.name());
        });
        var oversight = records.stream().filter(r -> r.get("requirement").equals("art-14")).findFirst().orElseThrow();
        assertThat(oversight.get("status")).isEqualTo("NOT_MET");
        assertThat(oversight.get("evidence")).startsWith("[missing] TWO_APPROVERS: No approval of version 1.0.0");
        assertThat(oversight.get("who_should_act")).contains("RISK_OFFICER (a risk officer)");
        var sr = records.stream().filter(r -> r.get("framework").equals("sr-11-7")).toList();
        assertThat(sr).allSatisfy(r -> assertThat(r.get("status")).isEqualTo("NOT_APPLICABLE"));
    }

    @Test
    void the_pdf_report_shows_the_verification_the_head_hash_and_every_requirement() throws Exception {
        var model = attestedHighRiskModel();
        var before = head();

        var file = asAuditor(() -> reports.model(model.id(), null, ReportFormat.PDF));

        assertThat(file.contentType()).isEqualTo("application/pdf");
        try (var pdf = Loader.loadPDF(file.bytes())) {
            var text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Compliance report - " + model.name())
                    .contains("Ledger verification: Intact")
                    .contains(before.hash())
                    .contains("Art. 14 Human oversight: Not met")
                    .contains("Art. 15(5) Cybersecurity: Met by attestation")
                    .contains("Who should act");
        }
    }

    @Test
    void the_register_report_covers_every_model_and_as_of_yesterday_none_existed_yet() throws Exception {
        var today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        var fresh = f.model(EuRiskCategory.LIMITED, InternalRiskTier.MEDIUM);

        var now = asAuditor(() -> reports.registerReport(null));
        assertThat(now.models()).extracting(m -> m.name()).contains("Retail credit scoring", "Telecom churn propensity",
                fresh.name());
        assertThat(now.asOf()).isNull();

        var yesterday = asAuditor(() -> reports.registerReport(today.minusDays(1)));
        var endOfYesterday = today.atStartOfDay(ZoneOffset.UTC).toInstant();
        assertThat(yesterday.models()).extracting(m -> m.name()).doesNotContain(fresh.name());
        assertThat(yesterday.models()).allSatisfy(m -> assertThat(asAuditor(() -> register.get(m.modelId()))
                .createdAt()).isBefore(endOfYesterday));
        assertThat(yesterday.title()).endsWith("as of " + today.minusDays(1));
        assertThat(yesterday.assessedAt()).isBefore(endOfYesterday);

        var file = asAuditor(() -> reports.register(today, ReportFormat.PDF));
        assertThat(file.filename()).startsWith("compliance-register-as-of-" + today);
        try (var pdf = Loader.loadPDF(file.bytes())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("Summary").contains("Retail credit scoring")
                    .contains("Newest ledger entry by the as-of day");
        }
        assertThat(head().subject()).isEqualTo("compliance:register");
    }

    @Test
    void only_auditors_risk_officers_and_administrators_export() {
        var model = f.model(EuRiskCategory.MINIMAL, InternalRiskTier.LOW);
        assertThat(f.as("risk", () -> reports.model(model.id(), null, ReportFormat.CSV), Role.RISK_OFFICER)
                .bytes()).isNotEmpty();
        assertThat(f.as("admin", () -> reports.register(null, ReportFormat.JSON), Role.ADMIN).bytes()).isNotEmpty();
        for (var role : new Role[] {Role.BUSINESS_OWNER, Role.MODEL_DEVELOPER, Role.END_USER}) {
            assertThatThrownBy(() -> f.as("owner", () -> reports.model(model.id(), null, ReportFormat.PDF), role))
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> asAuditor(() -> reports.model(model.id(),
                LocalDate.now(clock.withZone(ZoneOffset.UTC)).plusDays(2), ReportFormat.PDF)))
                .hasMessageContaining("is in the future");
    }
}
