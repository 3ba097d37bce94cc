package org.steward.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.steward.card.FeedbackDesk;
import org.steward.card.FeedbackKind;
import org.steward.card.FeedbackRequest;
import org.steward.identity.ApiScope;
import org.steward.identity.ApiTokenManagement;
import org.steward.identity.Role;
import org.steward.identity.RunAs;
import tools.jackson.databind.json.JsonMapper;

/**
 * Script and markup stored in text fields through the API and the card feedback desk, then shown on every page that
 * displays them in real Chromium: no script runs, no element is made from them, and the text reads as typed.
 */
@DisabledIfSystemProperty(named = "e2e.skip", matches = "true", disabledReason = "skipped with -De2e.skip=true")
class HostileTextJourneyIT extends BrowserJourney {

    private static final String IMG = "<img src=x onerror=\"window.__pwned=1\">";
    private static final String SCRIPT = "<script>window.__pwned=1</script>";
    private static final String LINK = "<a href=\"javascript:window.__pwned=1\">details</a>";
    private static final String MARKDOWN = "[read me](javascript:window.__pwned=1) **bold** <b onmouseover=\"window.__pwned=1\">b</b>";

    @Autowired
    ApiTokenManagement tokens;
    @Autowired
    RunAs runAs;
    @Autowired
    FeedbackDesk feedback;

    @Test
    void stored_markup_is_shown_as_text_and_never_runs() throws Exception {
        var tag = UUID.randomUUID().toString().substring(0, 8);
        var name = IMG + " Hostile " + tag;
        registerThroughTheApi(name);

        browser.signIn("dev", "steward-demo");
        browser.open("/");
        browser.type("register-search", "Hostile " + tag);
        browser.waitForText("register-grid", "Hostile " + tag);
        assertInert("register");
        assertThat(browser.gridContains("register-grid", IMG)).as("the name as typed").isTrue();
        browser.clickGridRow("register-grid", name);
        browser.waitForText("model-tabs", "Overview");
        browser.waitForText("model-tabs", SCRIPT);
        assertThat(browser.pageText()).contains(SCRIPT, LINK, "[read me](javascript:window.__pwned=1)");
        assertInert("model overview");
        browser.screenshot("hostile-model-overview");
        @SuppressWarnings("unchecked")
        var tabs = (List<String>) browser.script("return [...document.querySelectorAll('vaadin-tab')]"
                + ".map(t => t.innerText.trim())");
        assertThat(tabs).contains("History");
        for (var tab : tabs) {
            browser.clickTab(tab);
            assertInert("model tab " + tab);
        }
        browser.signOut();

        browser.signIn("enduser", "steward-demo");
        browser.open("/cards");
        browser.type("card-search", "Store demand");
        browser.waitUntilGridLacks("card-catalogue", "Retail credit scoring");
        browser.waitForText("card-catalogue", "5.0.0");
        browser.clickGridRow("card-catalogue", "5.0.0");
        browser.waitForText("plain-title", "Store demand forecast");
        var cardId = Long.parseLong(browser.currentUrl().replaceAll(".*/cards/(\\d+).*", "$1"));
        var question = "Is this safe " + tag + "? " + IMG + " " + SCRIPT + " " + MARKDOWN;
        runAs.call("enduser", Set.of(Role.END_USER),
                () -> feedback.submit(cardId, new FeedbackRequest(FeedbackKind.QUESTION, null, question, null)));
        browser.open("/cards/" + cardId);
        browser.waitForText("plain-title", "Store demand forecast");
        assertThat(browser.pageText()).contains("Is this safe " + tag + "? " + IMG);
        assertInert("plain card");
        browser.signOut();

        browser.signIn("owner2", "steward-demo");
        browser.open("/inbox");
        browser.screenshot("hostile-my-work");
        browser.waitForText("inbox-feedback", "Is this safe " + tag);
        assertThat(browser.pageText()).contains("Is this safe " + tag + "? <img src=x");
        assertInert("My work");
        browser.signOut();

        // the ledger and the compliance dashboard are the auditor's
        browser.signIn("auditor", "steward-demo");
        browser.open("/ledger");
        browser.waitForText("ledger-grid", "");
        browser.screenshot("hostile-ledger");
        assertInert("ledger");
        browser.open("/compliance");
        browser.type("dashboard-search", "Hostile " + tag);
        browser.waitForText("dashboard-grid", "");
        browser.screenshot("hostile-compliance");
        assertInert("compliance");
    }

    private void assertInert(String page) {
        assertThat(browser.script("return window.__pwned === undefined")).as("no script ran on " + page)
                .isEqualTo(true);
        assertThat(browser.script("return document.querySelectorAll('img[src=\"x\"], a[href^=\"javascript:\"], "
                + "[onerror], [onmouseover]').length")).as("no element made from stored text on " + page)
                .isEqualTo(0L);
    }

    private void registerThroughTheApi(String name) throws Exception {
        var token = runAs.call("dev", Set.of(Role.MODEL_DEVELOPER), () -> tokens.create("hostile " + name.hashCode(),
                EnumSet.of(ApiScope.REGISTER_READ, ApiScope.REGISTER_WRITE), 1)).secret();
        var body = new java.util.LinkedHashMap<String, Object>();
        body.put("name", name);
        body.put("description", SCRIPT + " " + LINK);
        body.put("businessDomain", "testing");
        body.put("owner", "owner");
        body.put("developerTeam", IMG);
        body.put("objective", Map.of("problemStatement", MARKDOWN, "decisionSupported", SCRIPT,
                "affectedParties", LINK));
        body.put("kpis", List.of());
        body.put("euRiskCategory", "MINIMAL");
        body.put("internalRiskTier", "LOW");
        body.put("riskJustification", IMG + " " + MARKDOWN);
        body.put("tags", List.of("hostile"));
        body.put("reviewDate", "2030-01-31");
        try (var http = HttpClient.newHttpClient()) {
            var response = http.send(HttpRequest.newBuilder(URI.create(base() + "/api/v1/models"))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JsonMapper.builder().build().writeValueAsString(body)))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
            assertThat(JsonPath.<String>read(response.body(), "$.name")).isEqualTo(name);
        }
    }
}
