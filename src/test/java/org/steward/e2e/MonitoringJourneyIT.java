package org.steward.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;

/**
 * The churn model's business owner opens its Monitoring tab in a real browser: the demo stream's gradual drift has
 * turned it RED, the drift table shows the drifted features by severity with a histogram, and the owner
 * acknowledges the open alert with a comment. An auditor sees the same status without the button.
 */
@DisabledIfSystemProperty(named = "e2e.skip", matches = "true", disabledReason = "skipped with -De2e.skip=true")
class MonitoringJourneyIT extends BrowserJourney {

    private static final String MODEL = "Telecom churn propensity";

    @Test
    void owner_sees_the_red_status_with_drift_and_acknowledges_the_alert() throws Exception {
        browser.signIn("auditor", "steward-demo");
        browser.waitForText("register-grid", "RED");
        browser.screenshot("30-register-monitoring");
        openModel(MODEL);
        browser.clickTab("Monitoring");
        browser.waitForText("monitoring-status", "RED");
        browser.waitForText("monitoring-alert", "Open alert");
        assertThat(browser.pageText()).doesNotContain("Acknowledge with a comment");
        browser.signOut();

        browser.signIn("owner2", "steward-demo");
        openModel(MODEL);
        browser.clickTab("Monitoring");
        browser.waitForText("monitoring-status", "RED");
        browser.waitForText("monitoring-drift", "monthly_charges");
        browser.waitForText("monitoring-drift", "Drifted");
        browser.waitForText("monitoring-findings", "features drifted");
        browser.waitForText("monitoring-timeline", "AMBER");
        browser.waitForText("monitoring-operations", "Latency p50");
        browser.screenshot("31-monitoring-red");
        // the most severe feature's histograms are shown first
        browser.waitForText("monitoring-histogram", "Wasserstein distance / reference std");

        browser.type("monitoring-ack-comment", "Retraining with the last quarter's customers; ticket ML-42.");
        browser.click("monitoring-acknowledge");
        browser.waitUntilGone("monitoring-acknowledge");
        browser.screenshot("32-monitoring-acknowledged");
        // the batches are listed by where their raw data is, never by their values
        browser.scrollTo("monitoring-batches");
        browser.waitForText("monitoring-batches", "encrypted · key test-2026");
        browser.screenshot("33-monitoring-batches");
    }

}
