package org.steward.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The running portal on a random port and a fresh headless Chromium for each journey. Subclasses carry
 * {@code @DisabledIfSystemProperty(named = "e2e.skip", …)} themselves: JUnit does not inherit it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class BrowserJourney {

    @LocalServerPort
    int port;

    Browser browser;

    @BeforeEach
    void openBrowser() throws Exception {
        browser = new Browser(base());
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            try {
                // every journey also proves that the portal runs under its Content-Security-Policy
                assertThat(browser.cspViolations()).as("CSP violations in the browser console").isEmpty();
            } finally {
                browser.close();
            }
        }
    }

    /** Finds a model in the register by name and opens its page. */
    void openModel(String name) {
        browser.open("/");
        browser.type("register-search", name);
        browser.waitForText("register-grid", name);
        browser.clickGridRow("register-grid", name);
        // every role's model page has an Overview tab (end users have no History)
        browser.waitForText("model-tabs", "Overview");
    }

    String base() {
        return "http://localhost:" + port;
    }
}
