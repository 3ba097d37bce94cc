package org.steward.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.steward.hardening.AccessLists.Endpoint;
import org.steward.identity.ApiScope;
import org.steward.identity.ApiTokenManagement;
import org.steward.identity.Role;
import org.steward.identity.TestUsers;
import org.steward.identity.UserProvisioning;

/**
 * Every REST endpoint against {@code hardening/endpoints.yaml}: the list matches the application's handler mappings,
 * and for each entry anonymous callers get a 401 problem, tokens without the scope and roles not listed get 403, and
 * listed roles pass authorisation. Runs on its own in-memory database (the requests of the allowed roles may change
 * demo data), seeded with the demo register so that the sample paths exist.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:steward-endpoint-matrix;MODE=PostgreSQL;"
        + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000")
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EndpointMatrixTest {

    /** The demo user who acts for each role: sample paths name the demo models these users own or work on. */
    static final Map<Role, String> ACTING = new EnumMap<>(Map.of(
            Role.ADMIN, "admin", Role.BUSINESS_OWNER, "owner", Role.MODEL_DEVELOPER, "dev",
            Role.RISK_OFFICER, "risk", Role.AUDITOR, "auditor", Role.END_USER, "enduser"));

    private static final Pattern SCOPE = Pattern.compile("SCOPE_([a-z]+:[a-z]+)");

    @Autowired
    MockMvc mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    ApiTokenManagement tokens;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    UserProvisioning provisioning;

    private final Map<Role, String> roleTokens = new EnumMap<>(Role.class);
    private final Map<ApiScope, String> allBut = new EnumMap<>(ApiScope.class);

    @BeforeAll
    void issueTokens() {
        ACTING.forEach((role, user) -> roleTokens.put(role, token(user, grantable(role))));
        // one user with every role, so that only the missing scope can be the reason for a refusal
        var everything = TestUsers.create(provisioning, "all-roles", Role.ADMIN, Role.values());
        for (var scope : ApiScope.values()) {
            allBut.put(scope, token(everything, EnumSet.complementOf(EnumSet.of(scope))));
        }
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void the_list_names_every_api_endpoint_and_nothing_else() {
        var actual = new TreeMap<String, HandlerMethod>();
        mappings.getHandlerMethods().forEach((info, handler) -> info.getPatternValues().stream()
                .filter(p -> p.startsWith("/api/"))
                .forEach(p -> info.getMethodsCondition().getMethods()
                        .forEach(m -> actual.put(m.name() + " " + p, handler))));
        var listed = AccessLists.endpoints().stream().map(Endpoint::key).collect(Collectors.toCollection(TreeSet::new));

        var unlisted = new TreeSet<>(actual.keySet());
        unlisted.removeAll(listed);
        var stale = new TreeSet<>(listed);
        stale.removeAll(actual.keySet());

        assertThat(unlisted).as("REST endpoints missing from src/test/resources/hardening/endpoints.yaml; add:\n"
                + unlisted.stream().map(k -> suggestion(k, actual.get(k))).collect(Collectors.joining())).isEmpty();
        assertThat(stale).as("entries in endpoints.yaml that the application no longer has; remove them").isEmpty();
    }

    @TestFactory
    Stream<DynamicTest> every_listed_endpoint_refuses_and_admits_the_right_callers() {
        return AccessLists.endpoints().stream().map(e -> DynamicTest.dynamicTest(e.key(), () -> check(e)));
    }

    private void check(Endpoint e) throws Exception {
        var anonymous = call(e, null);
        assertThat(anonymous.getResponse().getStatus()).as("anonymous " + e.key()).isEqualTo(401);
        assertThat(anonymous.getResponse().getContentType()).startsWith("application/problem+json");

        var missing = EnumSet.noneOf(ApiScope.class);
        e.scopes().forEach(s -> missing.add(ApiScope.parse(s).orElseThrow(() -> new AssertionError("unknown scope " + s))));
        // a token with every other scope (of a user holding every role) is refused
        var others = EnumSet.complementOf(missing);
        var withoutScope = others.isEmpty() ? null : tokenWithout(missing);
        if (withoutScope != null) {
            assertThat(call(e, withoutScope).getResponse().getStatus())
                    .as("token without " + e.scopes() + " on " + e.key()).isEqualTo(403);
        }

        var observed = new LinkedHashMap<Role, Integer>();
        for (var role : Role.values()) {
            observed.put(role, call(e, roleTokens.get(role)).getResponse().getStatus());
        }
        var passed = observed.entrySet().stream().filter(o -> o.getValue() != 401 && o.getValue() != 403)
                .map(Map.Entry::getKey).collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
        var refused = observed.entrySet().stream().filter(o -> o.getValue() == 403)
                .map(Map.Entry::getKey).collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
        var wrong = EnumSet.complementOf(e.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(e.roles()));
        assertThat(passed).as(e.key() + ": listed roles " + e.roles() + ", observed statuses " + observed)
                .isEqualTo(e.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(e.roles()));
        assertThat(refused).as(e.key() + ": roles not listed must get 403, observed " + observed).isEqualTo(wrong);
    }

    private String tokenWithout(Set<ApiScope> missing) {
        if (missing.size() == 1) {
            return allBut.get(missing.iterator().next());
        }
        var user = TestUsers.create(provisioning, "all-roles", Role.ADMIN, Role.values());
        return token(user, EnumSet.complementOf(EnumSet.copyOf(missing)));
    }

    private MvcResult call(Endpoint e, String token) throws Exception {
        var builder = request(HttpMethod.valueOf(e.method()), e.sample());
        if (token != null) {
            builder.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
        }
        if (e.contentType() != null || e.body() != null) {
            builder.contentType(e.contentType() == null ? MediaType.APPLICATION_JSON_VALUE : e.contentType());
            builder.content(e.body() == null ? "" : e.body());
        }
        return mvc.perform(builder).andReturn();
    }

    private String token(String username, Set<ApiScope> scopes) {
        TestUsers.signIn(userDetails, username);
        try {
            return tokens.create("endpoint matrix", scopes, 1).secret();
        } finally {
            TestUsers.signOut();
        }
    }

    private static Set<ApiScope> grantable(Role role) {
        var scopes = EnumSet.noneOf(ApiScope.class);
        for (var s : ApiScope.values()) {
            if (s.grantableBy(Set.of(role))) {
                scopes.add(s);
            }
        }
        return scopes;
    }

    /** A YAML entry to start from: the scopes come from the handler's {@code @PreAuthorize}; review the roles. */
    private static String suggestion(String key, HandlerMethod handler) {
        var parts = key.split(" ", 2);
        var rule = handler.getMethodAnnotation(PreAuthorize.class);
        var scopes = rule == null ? List.<String>of() : SCOPE.matcher(rule.value()).results()
                .map(r -> r.group(1)).toList();
        return "  - method: " + parts[0] + "\n    path: " + parts[1] + "\n    sample: " + parts[1]
                + "\n    scopes: " + scopes + "\n    roles: [" + ACTING.keySet().stream().map(Role::name)
                .collect(Collectors.joining(", ")) + "]\n";
    }

}
