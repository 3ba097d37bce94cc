package org.steward.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;

/** Real-browser journeys for users and API tokens: an admin adds a user; a developer's token drives the API. */
@DisabledIfSystemProperty(named = "e2e.skip", matches = "true", disabledReason = "skipped with -De2e.skip=true")
class AccessJourneyIT extends BrowserJourney {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void admin_creates_a_user_who_signs_in_with_the_one_time_password() throws Exception {
        var username = "e2e-" + UUID.randomUUID().toString().substring(0, 8);

        browser.signIn("admin", "steward-demo");
        browser.open("/admin/users");
        browser.waitForText("users-grid", "auditor");
        browser.screenshot("08-users");
        browser.click("new-user");
        browser.type("user-username", username);
        browser.type("user-display-name", "Erin Auditor");
        browser.check("user-roles", "Auditor");
        browser.click("user-save");
        var password = browser.value("one-time-password");
        browser.screenshot("09-one-time-password");
        browser.click("one-time-password-done");
        browser.waitForText("users-grid", username);
        browser.signOut();

        browser.signIn(username, password);
        browser.waitForText("register-grid", "AML transaction monitoring");
        assertThat(browser.pageText()).contains(username).doesNotContain("Register model");
    }

    @Test
    void developer_creates_an_api_token_and_registers_a_version_with_it() throws Exception {
        browser.signIn("dev", "steward-demo");
        browser.open("/account");
        browser.type("token-name", "CI pipeline");
        browser.check("token-scopes", "register:write");
        browser.click("token-create");
        var secret = browser.value("token-secret");
        browser.screenshot("10-token-shown-once");

        var list = send(HttpRequest.newBuilder(URI.create(base() + "/api/v1/models?text=Retail%20credit"))
                .header("Authorization", "Bearer " + secret).GET());
        assertThat(list.statusCode()).isEqualTo(200);
        var matcher = Pattern.compile("\"id\":(\\d+)").matcher(list.body());
        assertThat(matcher.find()).isTrue();
        var label = "9.0.0-e2e." + UUID.randomUUID().toString().substring(0, 6);
        var created = send(HttpRequest.newBuilder(URI.create(base() + "/api/v1/models/" + matcher.group(1) + "/versions"))
                .header("Authorization", "Bearer " + secret).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"label":"%s","algorithm":"Gradient boosting","stage":"DEVELOPMENT",
                         "artifactSha256":"%s"}""".formatted(label, "0f".repeat(32)))));
        var anonymous = send(HttpRequest.newBuilder(URI.create(base() + "/api/v1/models")).GET());

        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains(label));
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("Content-Type")).hasValue("application/problem+json;charset=UTF-8");
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

}
