package org.steward.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;

/**
 * A risk officer opens the explanation of the demo credit model in a real browser: the fidelity badge, the summary
 * in plain words, the charts and the rules; recomputes it in the background and finds the new result in the
 * history. End users do not see the tab.
 */
@DisabledIfSystemProperty(named = "e2e.skip", matches = "true", disabledReason = "skipped with -De2e.skip=true")
class ExplanationJourneyIT extends BrowserJourney {

    private static final String MODEL = "Retail credit scoring";
    /** A demo model that end users see. */
    private static final String DEPLOYED = "Employee attrition risk";

    @Test
    void risk_officer_reads_and_recomputes_the_explanation_of_the_credit_model() throws Exception {
        browser.signIn("risk", "steward-demo");
        openModel();
        browser.clickTab("Explanation");
        browser.waitForText("explanation-fidelity", "surrogate fidelity R²");
        browser.waitForText("explanation-summary", "drive");
        browser.waitForText("explanation-method", "Smile random forest");
        browser.waitForText("explanation-rules", "If ");
        browser.waitForText("explanation-features", "income");
        // the charts are SVG images; their captions name the dataset
        browser.waitForText("explanation-charts", "dataset ");
        browser.screenshot("25-explanation");
        browser.scrollTo("explanation-charts");
        browser.screenshot("26-explanation-charts");
        browser.scrollTo("explanation-rules");
        browser.screenshot("27-explanation-rules");

        browser.click("explanation-recompute");
        browser.waitForText("explanation-history", "risk");
        browser.screenshot("28-explanation-recomputed");
        assertThat(browser.pageText()).contains("Explanation recomputed");
        browser.signOut();

        browser.signIn("enduser", "steward-demo");
        openModel(DEPLOYED);
        assertThat(browser.pageText()).contains("Overview").doesNotContain("Explanation");
    }

    private void openModel() {
        openModel(MODEL);
    }
}
