package org.steward.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import jakarta.servlet.ServletException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.steward.base.InvalidInputException;
import org.steward.base.PermissionDeniedException;
import org.steward.identity.ApiTokenManagement.CreatedToken;

/** Personal API tokens, end to end: created by the service, presented to the API as bearer tokens. */
@SpringBootTest
@AutoConfigureMockMvc
class ApiTokenManagementTest {

    /** Any API path: the REST controllers are not this test's concern, only whether the token authenticates. */
    static final String API = "/api/v1/models";

    @Autowired
    ApiTokenManagement tokens;

    @Autowired
    UserManagement users;

    @Autowired
    UserProvisioning provisioning;

    @Autowired
    UserAccounts accounts;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MockMvc mvc;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void only_the_sha256_of_the_secret_is_stored() throws Exception {
        signInAsNew("hash", Role.MODEL_DEVELOPER);

        var created = tokens.create("CI", Set.of(ApiScope.REGISTER_READ), 30);

        var secret = created.secret();
        assertThat(secret).startsWith("stw_").hasSizeGreaterThan(40);
        var row = jdbc.queryForMap("select token_hash, prefix, name from api_token where id = ?", created.token().id());
        assertThat(row.get("token_hash")).isEqualTo(HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8))));
        assertThat(row.values()).noneMatch(secret::equals);
        assertThat(secret).startsWith((String) row.get("prefix"));
        assertThat(jdbc.queryForObject("select count(*) from api_token where token_hash = ? or prefix = ? or name = ?",
                Long.class, secret, secret, secret)).isZero();
        assertThat(created.token().toString()).doesNotContain(secret);
    }

    @Test
    void api_refuses_requests_without_a_token_or_with_an_unknown_one() throws Exception {
        assertThat(status(null)).isEqualTo(401);
        assertThat(status("stw_this-token-does-not-exist")).isEqualTo(401);
        assertThat(status("not-even-a-steward-token")).isEqualTo(401);
    }

    @Test
    void created_token_authenticates_against_the_api() throws Exception {
        signInAsNew("api", Role.MODEL_DEVELOPER);
        var created = tokens.create("Notebook", Set.of(ApiScope.REGISTER_READ), null);
        TestUsers.signOut();

        // 200 from the register API; 404 only while no REST controller serves the path yet
        assertThat(status(created.secret())).isIn(200, 404);
    }

    @Test
    void last_use_is_recorded() throws Exception {
        signInAsNew("used", Role.MODEL_DEVELOPER);
        var created = tokens.create("Pipeline", Set.of(ApiScope.REGISTER_READ), 7);
        assertThat(created.token().lastUsedAt()).isNull();

        status(created.secret());

        assertThat(mine(created).lastUsedAt()).isNotNull();
    }

    @Test
    void revoked_token_is_refused() throws Exception {
        signInAsNew("revoke", Role.MODEL_DEVELOPER);
        var created = tokens.create("Old laptop", Set.of(ApiScope.REGISTER_READ), 30);

        var revoked = tokens.revoke(created.token().id());

        assertThat(revoked.revokedAt()).isNotNull();
        assertThat(status(created.secret())).isEqualTo(401);
        assertThat(mine(created).active(Instant.now())).isFalse();
    }

    @Test
    void expired_token_is_refused() throws Exception {
        signInAsNew("expire", Role.MODEL_DEVELOPER);
        var created = tokens.create("Short-lived", Set.of(ApiScope.REGISTER_READ), 1);
        assertThat(status(created.secret())).isNotEqualTo(401);

        jdbc.update("update api_token set expires_at = ? where id = ?",
                OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1), created.token().id());

        assertThat(status(created.secret())).isEqualTo(401);
    }

    @Test
    void tokens_of_a_disabled_user_are_refused() throws Exception {
        var owner = signInAsNew("leaver", Role.MODEL_DEVELOPER);
        var created = tokens.create("Leaver's script", Set.of(ApiScope.REGISTER_READ), 30);
        TestUsers.signIn(userDetails, "admin");

        users.setEnabled(accounts.findByUsername(owner).orElseThrow().id(), false);

        assertThat(status(created.secret())).isEqualTo(401);
    }

    @Test
    void scopes_the_roles_may_not_grant_are_refused_with_a_field_error() {
        signInAsNew("enduser", Role.END_USER);

        assertThat(tokens.grantableScopes()).containsExactly(ApiScope.REGISTER_READ);
        assertThatThrownBy(() -> tokens.create("Too much", Set.of(ApiScope.REGISTER_READ, ApiScope.REGISTER_WRITE), 30))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys("scopes")
                        .hasEntrySatisfying("scopes", m -> assertThat(m).contains("register:write")));
        assertThat(tokens.countMine()).isZero();
    }

    @Test
    void developers_may_grant_every_scope() {
        signInAsNew("alldev", Role.MODEL_DEVELOPER);

        assertThat(tokens.grantableScopes()).containsExactlyInAnyOrder(ApiScope.values());
        var created = tokens.create("Everything", Set.of(ApiScope.values()), 366);
        assertThat(created.token().scopes()).containsExactlyInAnyOrder(ApiScope.values());
    }

    @Test
    void name_scopes_and_validity_are_checked() {
        signInAsNew("invalid", Role.MODEL_DEVELOPER);

        assertThatThrownBy(() -> tokens.create(" ", Set.of(), 0))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys("name", "scopes", "validDays"));
        assertThatThrownBy(() -> tokens.create("x".repeat(101), Set.of(ApiScope.REGISTER_READ), 367))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys("name", "validDays"));
        assertThat(tokens.countMine()).isZero();
    }

    @Test
    void nobody_but_the_owner_or_an_administrator_may_revoke_a_token() throws Exception {
        signInAsNew("owner", Role.MODEL_DEVELOPER);
        var created = tokens.create("Mine", Set.of(ApiScope.REGISTER_READ), 30);
        signInAsNew("other", Role.MODEL_DEVELOPER);

        assertThatThrownBy(() -> tokens.revoke(created.token().id())).isInstanceOf(PermissionDeniedException.class);
        assertThat(status(created.secret())).isNotEqualTo(401);

        TestUsers.signIn(userDetails, "admin");
        assertThat(tokens.revoke(created.token().id()).revokedAt()).isNotNull();
        assertThat(status(created.secret())).isEqualTo(401);
    }

    @Test
    void each_user_lists_only_their_own_tokens_newest_first() {
        signInAsNew("lister", Role.MODEL_DEVELOPER);
        var first = tokens.create("First", Set.of(ApiScope.REGISTER_READ), 30);
        var second = tokens.create("Second", Set.of(ApiScope.REGISTER_READ), 30);

        assertThat(tokens.countMine()).isEqualTo(2);
        assertThat(tokens.listMine(PageRequest.of(0, 10))).extracting(ApiTokenSummary::id)
                .containsExactly(second.token().id(), first.token().id());

        signInAsNew("stranger", Role.MODEL_DEVELOPER);
        assertThat(tokens.countMine()).isZero();
        assertThat(tokens.listMine(PageRequest.of(0, 10))).isEmpty();
    }

    @Test
    void creating_a_token_requires_signing_in() {
        assertThatThrownBy(() -> tokens.create("Anonymous", Set.of(ApiScope.REGISTER_READ), 30))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    private String signInAsNew(String prefix, Role role) {
        var username = TestUsers.create(provisioning, prefix, role);
        TestUsers.signIn(userDetails, username);
        return username;
    }

    private ApiTokenSummary mine(CreatedToken created) {
        return tokens.listMine(PageRequest.of(0, 50)).stream()
                .filter(t -> t.id() == created.token().id())
                .findFirst().orElseThrow();
    }

    private int status(String token) throws Exception {
        var request = get(API);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        // the API is stateless: the test's own security context must not leak into the request
        var context = SecurityContextHolder.getContext();
        try {
            SecurityContextHolder.clearContext();
            return mvc.perform(request).andReturn().getResponse().getStatus();
        } catch (ServletException e) {
            // got past security, but no REST controller maps the path: Spring MVC then forwards to the Vaadin
            // servlet, which MockMvc does not have
            assertThat(e.getMessage()).contains("springServlet");
            return 404;
        } finally {
            SecurityContextHolder.setContext(context);
        }
    }
}
