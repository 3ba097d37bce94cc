package org.steward.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;

/** Real-browser journeys through the portal: sign in, register a model and a version, see them listed. */
@DisabledIfSystemProperty(named = "e2e.skip", matches = "true", disabledReason = "skipped with -De2e.skip=true")
class RegisterJourneyIT extends BrowserJourney {

    @Test
    void developer_signs_in_registers_a_model_and_a_version_and_sees_them_listed() throws Exception {
        var name = "Loan pricing " + UUID.randomUUID().toString().substring(0, 6);

        browser.signIn("dev", "steward-demo");
        browser.waitForText("register-grid", "Retail credit scoring");
        browser.screenshot("01-register");

        browser.click("new-model");
        browser.type("model-name", name);
        browser.type("model-domain", "credit");
        browser.pick("model-owner", "Olivia", "Olivia Owner");
        browser.pick("model-eu-risk", "High", "High risk");
        browser.pick("model-internal-tier", "Med", "Medium");
        browser.type("model-justification", "Sets prices for natural persons; a human reviews every offer.");
        browser.screenshot("02-model-form");
        browser.click("model-save");
        browser.waitUntilGone("model-form");

        browser.type("register-search", name);
        browser.waitForText("register-grid", name);
        browser.screenshot("03-model-listed");

        browser.clickGridRow("register-grid", name);
        browser.clickTab("Versions");
        browser.click("new-version");
        browser.type("version-label", "1.0.0");
        browser.type("version-algorithm", "Gradient boosting");
        browser.type("version-artifact-sha256", "ab".repeat(32));
        browser.pick("version-stage", "Dev", "Development");
        browser.click("version-save");
        browser.waitUntilGone("version-form");
        browser.waitForText("versions-grid", "1.0.0");
        browser.screenshot("04-version-listed");

        browser.clickTab("History");
        browser.waitForText("history-grid", "Registered version 1.0.0");
        browser.screenshot("05-history");
    }

    @Test
    void bad_input_in_the_form_is_explained_and_nothing_is_saved() throws Exception {
        browser.signIn("dev", "steward-demo");
        browser.click("new-model");
        browser.type("model-name", "Retail credit scoring");
        browser.click("model-save");

        browser.waitForText("model-form", "already registered");
        browser.screenshot("06-model-form-errors");
        assertThat(browser.pageText()).contains("justify the risk tier");
    }

    @Test
    void end_user_sees_approved_models_only() throws Exception {
        browser.signIn("enduser", "steward-demo");
        browser.waitForText("register-grid", "Employee attrition risk");
        browser.screenshot("07-end-user-register");

        assertThat(browser.gridContains("register-grid", "AML transaction monitoring")).isFalse();
        assertThat(browser.pageText()).doesNotContain("Register model");
    }
}
