package org.steward.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;

/**
 * A business owner opens the portfolio in a real browser, finds the over-budget fraud model on top (sorted by cost),
 * selects it to see its cost, burn-down and KPI charts, sees the value model flagged for review, and finds both
 * budget alerts of the fraud model in My work.
 */
@DisabledIfSystemProperty(named = "e2e.skip", matches = "true", disabledReason = "skipped with -De2e.skip=true")
class PortfolioJourneyIT extends BrowserJourney {

    @Test
    void owner_finds_the_over_budget_model_in_the_portfolio_and_its_alerts_in_my_work() throws Exception {
        browser.signIn("owner", "steward-demo");
        browser.open("/portfolio");
        browser.waitForText("portfolio-grid", "Card fraud detection");
        browser.waitForText("portfolio-grid", "no budget");
        browser.waitForText("portfolio-grid", "Review");
        browser.clickGridRow("portfolio-grid", "Card fraud detection");
        browser.waitUntilImages("portfolio-charts", 3);
        browser.screenshot("31-portfolio");
        assertThat(browser.pageText()).contains("Subscription churn uplift").contains("Exchange rates into EUR");

        browser.open("/inbox");
        browser.waitForText("inbox-budget-alerts", "100% reached");
        browser.waitForText("inbox-budget-alerts", "80% reached");
        browser.screenshot("32-budget-alerts");
    }
}
