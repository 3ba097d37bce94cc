package org.steward.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;

/**
 * An administrator grants the auditor raw-data access; the auditor downloads the credit model's stored sample in
 * a real browser, giving a reason, and gets the CSV without the dropped applicant id; the administrator revokes
 * the grant. The owner finds the model's data-protection facts on its page.
 */
@DisabledIfSystemProperty(named = "e2e.skip", matches = "true", disabledReason = "skipped with -De2e.skip=true")
class DataProtectionJourneyIT extends BrowserJourney {

    private static final String MODEL = "Retail credit scoring";

    @Test
    void a_granted_auditor_downloads_a_sample_with_a_reason_and_the_owner_reads_the_facts() throws Exception {
        browser.signIn("admin", "steward-demo");
        browser.open("/data-protection");
        browser.waitForText("key-status", "Active key: test-2026");
        browser.type("grant-user", "auditor");
        browser.click("grant-access");
        browser.type("reason-text", "Annual audit of the credit models");
        browser.click("reason-confirm");
        browser.waitForText("grant-grid", "Annual audit of the credit models");
        browser.screenshot("30-data-protection-grants");
        browser.signOut();

        browser.signIn("auditor", "steward-demo");
        openModel(MODEL);
        browser.clickTab("Evaluation data");
        browser.waitForText("dataset-grid", "encrypted · key test-2026");
        browser.clickGridRow("dataset-grid", "credit-scored-sample-1.2.0.csv");
        browser.click("download-raw");
        browser.type("reason-text", "Recompute the test-split AUC independently");
        browser.screenshot("31-download-reason");
        browser.click("reason-confirm");
        var file = browser.download("download-raw-link");
        browser.screenshot("32-download-recorded");
        var csv = new String(file.body(), StandardCharsets.UTF_8);
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(csv.lines().findFirst().orElseThrow()).contains("score").contains("sex")
                .doesNotContain("applicant_id");
        browser.click("download-ready-close");
        browser.signOut();

        browser.signIn("admin", "steward-demo");
        browser.open("/data-protection");
        browser.clickGridRow("grant-grid", "auditor");
        browser.click("revoke-access");
        browser.type("reason-text", "Audit done");
        browser.click("reason-confirm");
        browser.waitForText("grant-grid", "Nobody may download raw samples.");
        browser.signOut();

        browser.signIn("owner", "steward-demo");
        openModel(MODEL);
        browser.clickTab("Data protection");
        browser.waitForText("protection-facts", "DPIA-2025-014");
        browser.screenshot("33-data-protection-facts");
        assertThat(browser.pageText()).contains("Contract (Art. 6(1)(b))").contains("Place legal hold");
    }
}
