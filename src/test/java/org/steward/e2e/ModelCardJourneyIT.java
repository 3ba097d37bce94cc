package org.steward.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;

/**
 * The model card journey in a real browser: the business owner of the demand forecast edits the published card of
 * its deployed version and publishes the new card; an end user finds it in the catalogue, reads it in plain
 * language, downloads it as PDF and asks a question; the owner answers from My work, and the end user reads the
 * answer on the card.
 */
@DisabledIfSystemProperty(named = "e2e.skip", matches = "true", disabledReason = "skipped with -De2e.skip=true")
class ModelCardJourneyIT extends BrowserJourney {

    private static final String CAVEAT = "Order proposals for the Easter week are reviewed by hand this year.";
    private static final String QUESTION = "Does the forecast know about the new store opening in Leeds?";
    private static final String ANSWER = "Not yet: new stores get the regional average until 8 weeks of sales.";

    @Test
    void owner_publishes_a_card_end_user_reads_it_and_asks_owner_answers() throws Exception {
        browser.signIn("owner2", "steward-demo");
        openModel("Store demand forecast");
        browser.clickTab("Model card");
        browser.pick("card-version", "5.0", "5.0.0 · Deployed");
        browser.waitForText("card-status", "Published");
        browser.click("card-edit");
        browser.type("card-caveats", CAVEAT);
        browser.waitForText("card-caveats-preview", CAVEAT);
        browser.screenshot("card-01-owner-editor");
        browser.click("card-save");
        browser.waitForText("card-status", "Draft");
        browser.waitForText("card-completeness", "Complete");
        browser.click("card-publish");
        browser.waitForText("card-status", "Published");
        browser.waitForText("card-history", "Published");
        browser.screenshot("card-02-owner-published");
        browser.signOut();

        browser.signIn("enduser", "steward-demo");
        browser.open("/cards");
        browser.type("card-search", "Store demand");
        browser.waitUntilGridLacks("card-catalogue", "Retail credit scoring");
        browser.waitForText("card-catalogue", "5.0.0");
        browser.screenshot("card-03-catalogue");
        browser.clickGridRow("card-catalogue", "5.0.0");
        browser.waitForText("plain-title", "Store demand forecast");
        browser.waitForText("plain-review", "Version 5.0.0");
        browser.waitForText("plain-health", "checked");
        browser.waitForText("plain-less-accurate", "No fairness audit yet");
        var cardUrl = browser.currentUrl();
        browser.screenshot("card-04-plain-view");
        var pdf = browser.download("plain-export-pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        Files.write(Path.of("target", "e2e", "card-store-demand-forecast.pdf"), pdf.body());
        try (var document = Loader.loadPDF(pdf.body())) {
            assertThat(document.getNumberOfPages()).isPositive();
            assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " ")).contains(CAVEAT);
        }
        browser.type("feedback-message", QUESTION);
        browser.click("feedback-send");
        browser.waitForText("feedback-mine", "Waiting for the owner's answer.");
        browser.scrollTo("feedback-form");
        browser.screenshot("card-05-question-sent");

        // the credit model's card shows how often it is right, and who it may be less accurate for
        browser.open("/cards");
        browser.type("card-search", "Retail credit");
        browser.waitUntilGridLacks("card-catalogue", "Store demand forecast");
        browser.waitForText("card-catalogue", "1.1.0");
        browser.clickGridRow("card-catalogue", "1.1.0");
        browser.waitForText("plain-how-well", "of 100 times");
        browser.waitUntilGone("card-not-found");
        browser.scrollTo("plain-how-well");
        browser.screenshot("card-06-plain-credit");
        browser.signOut();

        browser.signIn("owner2", "steward-demo");
        browser.open("/inbox");
        browser.waitForText("inbox-feedback", QUESTION);
        browser.clickFirstWithIdPrefix("inbox-feedback-answer-");
        browser.type("answer-text", ANSWER);
        browser.screenshot("card-07-owner-answers");
        browser.click("answer-send");
        browser.waitUntilGone("answer-text");
        browser.signOut();

        browser.signIn("enduser", "steward-demo");
        browser.open(cardUrl.substring(cardUrl.indexOf('/', "http://".length())));
        browser.waitForText("feedback-mine", ANSWER);
        browser.scrollTo("feedback-form");
        browser.screenshot("card-08-answer-read");
    }
}
