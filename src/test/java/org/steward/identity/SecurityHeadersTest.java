package org.steward.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.catalina.Context;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Response headers, CSRF on the form login and on Vaadin's UIDL requests, and the API's refusal of session cookies.
 * Portal pages are fetched from the real server: Vaadin serves them outside MockMvc (and its login view outside the
 * security filter chain). The server trusts X-Forwarded-Proto from the loopback proxy, as behind a TLS proxy. The
 * test client speaks plain HTTP, so the postgres profile's HTTPS-only session cookie is relaxed here: these tests are
 * about CSRF, and a cookie the client may not send back would make every request a new session.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"server.forward-headers-strategy=native", "server.servlet.session.cookie.secure=false"})
@AutoConfigureMockMvc
class SecurityHeadersTest {

    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    WebServerApplicationContext server;

    @Autowired
    UserProvisioning provisioning;

    @Test
    void portal_pages_carry_the_content_security_policy_and_the_other_headers() throws Exception {
        for (var path : List.of("/login", "/", "/styles/styles.css", "/no-such-page")) {
            var response = http().send(HttpRequest.newBuilder(uri(path)).build(), BodyHandlers.discarding());
            var headers = response.headers();

            assertThat(headers.firstValue("Content-Security-Policy")).as(path).contains(SecurityHeaders.PORTAL_POLICY);
            assertThat(SecurityHeaders.PORTAL_POLICY).contains("frame-ancestors 'none'").contains("object-src 'none'")
                    .doesNotContain("*");
            assertThat(headers.allValues("X-Frame-Options")).as(path).containsExactly("DENY");
            assertThat(headers.firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
            assertThat(headers.firstValue("Referrer-Policy")).as(path).contains("strict-origin-when-cross-origin");
            assertThat(headers.firstValue("Permissions-Policy")).as(path).contains(SecurityHeaders.PERMISSIONS_POLICY);
            assertThat(headers.firstValue("Strict-Transport-Security")).as(path + " over plain HTTP").isEmpty();
        }
    }

    @Test
    void hsts_is_sent_when_the_request_arrived_over_tls_at_the_proxy() throws Exception {
        for (var path : List.of("/login", "/api/v1/models")) {
            var response = http().send(HttpRequest.newBuilder(uri(path)).header("X-Forwarded-Proto", "https").build(),
                    BodyHandlers.discarding());

            assertThat(response.headers().firstValue("Strict-Transport-Security")).as(path)
                    .contains(SecurityHeaders.HSTS);
        }
    }

    @Test
    void the_login_form_post_needs_the_csrf_token_of_the_session() throws Exception {
        var username = TestUsers.create(provisioning, "csrf-http", Role.END_USER);
        var client = http();

        // without the token the right password does not sign in: Vaadin sends the CSRF refusal back to the login view
        var forged = client.send(form("/login", "username=" + username + "&password=" + TestUsers.PASSWORD),
                BodyHandlers.discarding());
        assertThat(forged.statusCode()).isEqualTo(302);
        assertThat(forged.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(URI.create(l).getPath()).startsWith("/login"));
        assertThat(signedIn(client)).isFalse();

        var token = csrfToken(client);
        var genuine = client.send(form("/login", "username=" + username + "&password=" + TestUsers.PASSWORD
                + "&_csrf=" + token), BodyHandlers.discarding());
        assertThat(genuine.statusCode()).isEqualTo(302);
        assertThat(genuine.headers().firstValue("Set-Cookie")).hasValueSatisfying(c -> assertThat(c).contains("JSESSIONID"));
        assertThat(genuine.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("login"));
        assertThat(signedIn(client)).isTrue();
    }

    @Test
    void api_responses_forbid_loading_anything_even_when_refused() throws Exception {
        var response = mvc.perform(get("/api/v1/models")).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(response.getHeader("Content-Security-Policy")).isEqualTo(SecurityHeaders.API_POLICY);
        assertCommonHeaders(response);
    }


    @Test
    void login_form_post_without_the_csrf_token_is_refused() throws Exception {
        var username = TestUsers.create(provisioning, "csrf", Role.END_USER);

        mvc.perform(post("/login").param("username", username).param("password", TestUsers.PASSWORD))
                .andExpect(unauthenticated())
                .andExpect(r -> assertThat(r.getResponse().getStatus()).isEqualTo(403));
        mvc.perform(post("/login").with(csrf().useInvalidToken())
                        .param("username", username).param("password", TestUsers.PASSWORD))
                .andExpect(unauthenticated())
                .andExpect(r -> assertThat(r.getResponse().getStatus()).isEqualTo(403));
    }

    @Test
    void the_api_does_not_accept_a_signed_in_portal_session() throws Exception {
        var username = TestUsers.create(provisioning, "cookie", Role.ADMIN);
        var session = (MockHttpSession) mvc.perform(post("/login").session(new MockHttpSession()).with(csrf())
                        .param("username", username).param("password", TestUsers.PASSWORD))
                .andExpect(authenticated()).andReturn().getRequest().getSession(false);

        var response = mvc.perform(get("/api/v1/models").session(session)).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getHeader("Set-Cookie")).isNull();
    }

    @Test
    void a_uidl_request_with_a_wrong_csrf_token_is_not_processed() throws Exception {
        var username = TestUsers.create(provisioning, "uidl", Role.END_USER);
        var client = http();
        client.send(form("/login", "username=" + username + "&password=" + TestUsers.PASSWORD + "&_csrf="
                + csrfToken(client)), BodyHandlers.discarding());
        var init = client.send(HttpRequest.newBuilder(uri("/?v-r=init&location=&query=")).build(),
                BodyHandlers.ofString()).body();
        var key = Pattern.compile("\"Vaadin-Security-Key\"\\s*:\\s*\"([^\"]+)\"").matcher(init);
        assertThat(key.find()).isTrue();
        var wrong = uidl(client, "wrong-" + key.group(1));
        assertThat(wrong).contains("\"appError\"").contains("\"syncId\":-1");
        // the same request with the UI's token is processed (the server answers with the next sync id)
        assertThat(uidl(client, key.group(1))).contains("\"syncId\":1").doesNotContain("appError");
    }

    private String uidl(HttpClient client, String token) throws Exception {
        var response = client.send(HttpRequest.newBuilder(uri("/?v-r=uidl&v-uiId=0"))
                    .header("Content-Type", "application/json; charset=UTF-8")
                    .POST(BodyPublishers.ofString("{\"csrfToken\":\"" + token + "\",\"rpc\":[],\"syncId\":0,"
                            + "\"clientId\":0}")).build(), BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    /** Whether the client's session is signed in: the account page is served rather than redirected to login. */
    private boolean signedIn(HttpClient client) throws Exception {
        var response = client.send(HttpRequest.newBuilder(uri("/account")).build(), BodyHandlers.discarding());
        return response.statusCode() == 200;
    }

    @Test
    void idle_sessions_expire_after_thirty_minutes() {
        var tomcat = ((TomcatWebServer) server.getWebServer()).getTomcat();
        var context = (Context) tomcat.getHost().findChildren()[0];

        assertThat(context.getSessionTimeout()).isEqualTo(30);
    }

    private HttpClient http() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private HttpRequest form(String path, String body) {
        return HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(BodyPublishers.ofString(body)).build();
    }

    /** The CSRF token Vaadin's bootstrap page hands to the login form, for this client's session. */
    private String csrfToken(HttpClient client) throws Exception {
        var page = client.send(HttpRequest.newBuilder(uri("/login")).build(), BodyHandlers.ofString()).body();
        var matcher = CSRF_META.matcher(page);
        assertThat(matcher.find()).as("the login page carries a CSRF token").isTrue();
        return matcher.group(1);
    }

    private static void assertCommonHeaders(MockHttpServletResponse response) {
        assertThat(response.getHeader("X-Frame-Options")).isEqualTo("DENY");
        assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.getHeader("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
        assertThat(response.getHeader("Permissions-Policy")).isEqualTo(SecurityHeaders.PERMISSIONS_POLICY)
                .contains("camera=()");
        assertThat(response.getHeader("Cache-Control")).contains("no-store");
    }
}
