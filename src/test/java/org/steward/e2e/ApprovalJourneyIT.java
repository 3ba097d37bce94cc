package org.steward.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;

/**
 * The approval journey in a real browser: a developer registers a low-risk model and submits its version, the
 * model's business owner approves it, and an auditor finds the approval in the history and downloads the evidence
 * pack as a PDF that carries the rationale.
 */
@DisabledIfSystemProperty(named = "e2e.skip", matches = "true", disabledReason = "skipped with -De2e.skip=true")
class ApprovalJourneyIT extends BrowserJourney {

    private static final String SUBMISSION = "Lineage recorded; ready for the owner's review.";
    private static final String APPROVAL = "Holdout results meet the retention KPI; approved for staging.";

    @Test
    void developer_submits_owner_approves_auditor_downloads_the_evidence_pack() throws Exception {
        var name = "Churn outreach " + UUID.randomUUID().toString().substring(0, 6);

        browser.signIn("dev", "steward-demo");
        browser.click("new-model");
        browser.type("model-name", name);
        browser.type("model-domain", "retail");
        browser.pick("model-owner", "Oscar", "Oscar Okafor");
        browser.pick("model-eu-risk", "Minimal", "Minimal risk");
        browser.pick("model-internal-tier", "Low", "Low");
        browser.type("model-justification", "Ranks customers for a friendly call; no decision about anyone.");
        browser.click("model-save");
        browser.waitUntilGone("model-form");

        openModel(name);
        browser.clickTab("Versions");
        browser.click("new-version");
        browser.type("version-label", "1.0.0");
        browser.type("version-algorithm", "Logistic regression");
        browser.type("version-artifact-sha256", "ab".repeat(32));
        browser.type("version-data-sha256", "cd".repeat(32));
        browser.pick("version-stage", "Dev", "Development");
        browser.click("version-save");
        browser.waitUntilGone("version-form");
        browser.waitForText("versions-grid", "1.0.0");

        // the tabs were built when the page opened, before the version existed
        openModel(name);
        browser.clickTab("Approval");
        browser.waitForText("approval-status", "Draft");
        browser.click("approval-submit");
        browser.type("approval-rationale", SUBMISSION);
        browser.screenshot("11-approval-submit");
        browser.click("approval-confirm");
        browser.waitForText("approval-decisions", SUBMISSION);
        browser.waitForText("approval-status", "Submitted for review");
        browser.screenshot("12-approval-submitted");
        browser.signOut();

        browser.signIn("owner2", "steward-demo");
        openModel(name);
        browser.clickTab("Approval");
        browser.waitForText("approval-status", "Submitted for review");
        browser.click("approval-approve");
        browser.type("approval-rationale", APPROVAL);
        // the objective and KPIs were left out, so those gates fail; a low-risk model's approver may override them
        browser.tick("approval-override");
        browser.screenshot("13-approval-approve");
        browser.click("approval-confirm");
        browser.waitForText("approval-decisions", APPROVAL);
        browser.waitForText("approval-status", "Approved");
        browser.screenshot("14-approval-approved");
        browser.signOut();

        browser.signIn("auditor", "steward-demo");
        openModel(name);
        var modelUrl = browser.currentUrl();
        browser.clickTab("History");
        browser.waitForText("history-grid", "owner2 (Business owner) approved version 1.0.0");
        browser.screenshot("15-auditor-history");

        browser.clickTab("Evidence");
        browser.waitForText("evidence-state", "Approved");
        browser.screenshot("16-auditor-evidence");
        var pdf = browser.download("evidence-pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                .startsWith("application/pdf"));
        assertThat(new String(pdf.body(), 0, 5)).isEqualTo("%PDF-");
        Files.write(Path.of("target", "e2e", "17-evidence-pack.pdf"), pdf.body());
        try (var document = Loader.loadPDF(pdf.body())) {
            var text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains(name).contains(APPROVAL).contains(SUBMISSION).contains("Intact")
                    .contains("generated").contains("by auditor");
        }
        var json = browser.download("evidence-json");
        assertThat(json.statusCode()).isEqualTo(200);
        assertThat(new String(json.body())).contains(APPROVAL);

        browser.open(modelUrl.substring(modelUrl.indexOf('/', "http://".length())));
        browser.clickTab("History");
        browser.waitForText("history-grid", "Exported the evidence pack");
        browser.screenshot("18-auditor-history-export");
    }
}
