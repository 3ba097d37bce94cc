package org.steward.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.steward.demo.CreditSample;
import org.steward.demo.CreditSample.Variant;

/**
 * A developer uploads a scored sample in a real browser, accepts the suggested column mapping, watches it being
 * validated and audited, and finds the failed four-fifths rule in the fairness audit and the metrics in the
 * validation tab; a risk officer sees the same audit.
 */
@DisabledIfSystemProperty(named = "e2e.skip", matches = "true", disabledReason = "skipped with -De2e.skip=true")
class EvaluationJourneyIT extends BrowserJourney {

    private static final String MODEL = "SME loan default";

    @Test
    void developer_uploads_a_scored_sample_and_sees_the_validation_and_the_failed_fairness_audit() throws Exception {
        var csv = Files.createTempFile("sme-scored-sample-", ".csv");
        Files.writeString(csv, CreditSample.csv(7, 3_000, Variant.BIASED));

        browser.signIn("dev", "steward-demo");
        openModel(MODEL);
        browser.clickTab("Evaluation data");
        browser.click("upload-sample");
        browser.pick("upload-version", "1.0.0", "1.0.0 · Draft");
        browser.upload("upload-file", csv);
        browser.waitForText("inspection-summary", "3000 rows");
        // the suggestion maps score, outcome, split and both sensitive attributes, and drops the applicant id
        browser.waitForText("inspection-warnings", "applicant_id");
        browser.screenshot("21-evaluation-mapping");
        browser.click("store-sample");
        try {
            browser.waitForText("store-outcome", "Stored");
        } catch (RuntimeException e) {
            browser.screenshot("22-evaluation-store-failed");
            throw new AssertionError(browser.pageText(), e);
        }
        browser.screenshot("22-evaluation-stored");
        browser.click("close-upload");
        browser.waitForText("dataset-grid", csv.getFileName().toString());

        openModel(MODEL);
        browser.clickTab("Fairness");
        browser.waitForText("fairness-verdict", "Fail");
        browser.waitForText("fairness-audit", "sex");
        browser.screenshot("23-fairness-fail");

        browser.clickTab("Validation");
        browser.waitForText("validation-metrics", "ROC AUC");
        browser.screenshot("24-validation");
        browser.signOut();

        browser.signIn("risk", "steward-demo");
        openModel(MODEL);
        browser.clickTab("Fairness");
        browser.waitForText("fairness-verdict", "Fail");
        assertThat(browser.pageText()).contains("1.0.0");
        Files.deleteIfExists(csv);
    }
}
