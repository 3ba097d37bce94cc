package org.steward.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;

/**
 * An auditor opens the compliance dashboard in a real browser, follows the flag "in production without approval"
 * to the demo credit model, reads on its Compliance tab which EU AI Act requirements are not met and who should
 * act, and exports the model's framework report as PDF and CSV, each with the ledger head and its verification.
 */
@DisabledIfSystemProperty(named = "e2e.skip", matches = "true", disabledReason = "skipped with -De2e.skip=true")
class ComplianceJourneyIT extends BrowserJourney {

    private static final String MODEL = "Retail credit scoring";

    @Test
    void auditor_finds_a_non_compliant_model_and_exports_its_framework_report() throws Exception {
        browser.signIn("auditor", "steward-demo");
        browser.open("/compliance");
        browser.waitForText("dashboard-counts", "EU AI Act (high-risk AI systems)");
        browser.waitUntilImages("dashboard-charts", 2);
        browser.screenshot("41-compliance-dashboard");

        browser.click("dashboard-issue-PRODUCTION_WITHOUT_APPROVAL");
        browser.waitForText("dashboard-grid", MODEL);
        browser.waitForText("dashboard-grid", "In production without approval");
        browser.scrollTo("dashboard-grid");
        browser.screenshot("42-compliance-flagged");

        browser.clickLink("dashboard-grid", MODEL);
        browser.waitForText("model-title", MODEL);
        browser.waitForText("compliance-eu-ai-act-status", "met");
        browser.waitForText("compliance-eu-ai-act-grid", "Human oversight");
        browser.waitForText("compliance-summary", "Judged on version 1.1.0 (Deployed)");
        assertThat(browser.currentUrl()).endsWith("?tab=Compliance");
        browser.scrollTo("compliance-eu-ai-act");
        browser.clickGridRow("compliance-eu-ai-act-grid", "Human oversight");
        browser.waitForText("compliance-eu-ai-act-grid", "No approval of version 1.1.0 is on record");
        browser.screenshot("43-compliance-tab");
        assertThat(browser.pageText()).contains("Risk officer (a risk officer)").contains("Not met");

        var pdf = browser.download("compliance-report-pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                .startsWith("application/pdf"));
        try (var document = Loader.loadPDF(pdf.body())) {
            var text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Compliance report - " + MODEL).contains("Ledger verification: Intact")
                    .contains("Art. 14 Human oversight: Not met").contains("head hash:");
        }
        var csv = new String(browser.download("compliance-report-csv").body(), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("generated_at,as_of,ledger_head_seq,ledger_head_hash,ledger_intact")
                .contains(MODEL).contains("art-14");
    }
}
