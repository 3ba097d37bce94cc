package org.steward.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.provider.Arguments;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.steward.identity.ApiScope;
import org.steward.identity.ApiTokenManagement;
import org.steward.identity.Role;
import org.steward.identity.RunAs;

/**
 * Shared set-up of the bad-input corpus: real personal tokens of the demo users, one fixture model with a draft
 * version, and a snapshot of every table's row count, so that each refused request can be shown to store nothing.
 */
@SpringBootTest
@AutoConfigureMockMvc
abstract class HardeningSupport {

    /**
     * Rows that change on every authenticated request, whatever it asks for, and ShedLock's locks, which scheduled
     * jobs take while a case runs.
     */
    private static final Set<String> BOOKKEEPING = Set.of("flyway_schema_history", "shedlock", "api_token",
            "api_tokens", "spring_session", "spring_session_attributes", "sign_in_attempt", "login_attempt");

    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();
    private static @Nullable Long fixtureModel;

    @Autowired
    MockMvc mvc;
    @Autowired
    ApiTokenManagement tokens;
    @Autowired
    RunAs runAs;
    @Autowired
    JdbcTemplate jdbc;

    // ---- tokens -------------------------------------------------------------------------------------------

    /** The demo developer with every scope a developer may hold. */
    String dev() {
        return token("dev", Role.MODEL_DEVELOPER, ApiScope.REGISTER_READ, ApiScope.REGISTER_WRITE,
                ApiScope.MONITORING_WRITE, ApiScope.COSTS_WRITE, ApiScope.APPROVAL_WRITE);
    }

    /** The demo risk officer, who decides on versions and sets policies. */
    String risk() {
        return token("risk", Role.RISK_OFFICER, ApiScope.REGISTER_READ, ApiScope.APPROVAL_WRITE);
    }

    String token(String username, Role role, ApiScope... scopes) {
        var key = username + ":" + List.of(scopes);
        return TOKENS.computeIfAbsent(key, k -> runAs.call(username, Set.of(role),
                () -> tokens.create("corpus " + UUID.randomUUID(), EnumSet.copyOf(List.of(scopes)), 1)).secret());
    }

    // ---- fixture ------------------------------------------------------------------------------------------

    /** A model registered once through the API for the corpus, with the draft version {@code v1}. */
    long model() throws Exception {
        if (fixtureModel == null) {
            var created = call(dev(), json(post("/api/v1/models"), modelBody("Corpus model " + UUID.randomUUID())))
                    .andReturn();
            assertThat(created.getResponse().getStatus()).as(created.getResponse().getContentAsString()).isEqualTo(201);
            long id = ((Number) JsonPath.read(created.getResponse().getContentAsString(), "$.id")).longValue();
            var version = call(dev(), json(post("/api/v1/models/{id}/versions", id), versionBody("v1"))).andReturn();
            assertThat(version.getResponse().getStatus()).isEqualTo(201);
            fixtureModel = id;
        }
        return fixtureModel;
    }

    static Map<String, Object> modelBody(String name) {
        var body = new LinkedHashMap<String, Object>();
        body.put("name", name);
        body.put("description", "Registered by the bad-input corpus.");
        body.put("businessDomain", "testing");
        body.put("owner", "owner");
        body.put("developerTeam", "Corpus");
        body.put("objective", Map.of("problemStatement", "Bad input.", "decisionSupported", "Whether it holds.",
                "affectedParties", "Everyone."));
        body.put("kpis", List.of(Map.of("name", "Refusals", "unit", "requests", "target", 100,
                "direction", "HIGHER_IS_BETTER")));
        body.put("euRiskCategory", "LIMITED");
        body.put("internalRiskTier", "MEDIUM");
        body.put("riskJustification", "Only test data.");
        body.put("intendedUse", "Testing.");
        body.put("outOfScopeUse", "Production.");
        body.put("tags", List.of("corpus"));
        body.put("reviewDate", "2030-01-31");
        return body;
    }

    static Map<String, Object> versionBody(String label) {
        var body = new LinkedHashMap<String, Object>();
        body.put("label", label);
        body.put("algorithm", "Logistic regression");
        body.put("framework", "scikit-learn 1.5");
        body.put("trainingDate", "2025-01-15");
        body.put("artifactSha256", "a".repeat(64));
        body.put("trainingDataSha256", "b".repeat(64));
        body.put("codeCommit", "abc1234");
        body.put("trainingDataDescription", "Synthetic.");
        body.put("evaluationDataDescription", "Synthetic.");
        body.put("stage", "DEVELOPMENT");
        return body;
    }

    /** Every pairing of a first with a second; a second that is itself {@link Arguments} is spread out. */
    static Stream<Arguments> crossed(List<?> firsts, List<?> seconds) {
        return firsts.stream().flatMap(first -> seconds.stream().map(second -> {
            var values = new ArrayList<Object>();
            values.add(first);
            if (second instanceof Arguments arguments) {
                values.addAll(List.of(arguments.get()));
            } else {
                values.add(second);
            }
            return Arguments.of(values.toArray());
        }));
    }

    // ---- requests -----------------------------------------------------------------------------------------

    static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, Object body) {
        return request.contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON)
                .content(body instanceof String s ? s : Json.write(body));
    }

    ResultActions call(@Nullable String token, AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        if (token != null) {
            request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
        }
        return mvc.perform(request);
    }

    /**
     * Sends the request and checks what every bad input must get: a 4xx problem document with a detail, never a
     * 500, and not one row more or less in any table.
     */
    MvcResult refused(String token, AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        var before = rowCounts();
        var result = call(token, request).andReturn();
        var response = result.getResponse();
        var body = response.getContentAsString();
        assertThat(response.getStatus()).as("status of a bad request, answered " + body).isBetween(400, 499);
        assertThat(response.getContentType()).as("content type of " + body).startsWith("application/problem+json");
        String detail = JsonPath.read(body, "$.detail");
        assertThat(detail).as("the problem's detail").isNotBlank().doesNotContain("Exception");
        assertThat(rowCounts()).as("rows after a refused request").isEqualTo(before);
        return result;
    }

    /** Every application table and its row count. */
    Map<String, Long> rowCounts() {
        var counts = new LinkedHashMap<String, Long>();
        for (var table : jdbc.queryForList("select table_name from information_schema.tables "
                + "where lower(table_schema) = 'public' and table_type in ('BASE TABLE', 'TABLE') "
                + "order by table_name", String.class)) {
            if (!BOOKKEEPING.contains(table.toLowerCase())) {
                counts.put(table, jdbc.queryForObject("select count(*) from \"" + table + "\"", Long.class));
            }
        }
        return counts;
    }
}
