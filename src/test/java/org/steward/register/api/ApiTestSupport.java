package org.steward.register.api;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.steward.identity.ApiScope;
import org.steward.identity.ApiTokenManagement;
import org.steward.identity.ApiTokenManagement.CreatedToken;
import org.steward.identity.Role;
import org.steward.identity.RunAs;
import org.steward.register.ModelRegister;
import org.steward.register.RegisterFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Shared set-up of the API tests: real personal tokens of the demo users, valid request bodies, and look-ups
 * through {@link ModelRegister} to check what was (not) stored. All API tests share one context and database,
 * so every model they create has a unique name.
 */
@SpringBootTest
@AutoConfigureMockMvc
abstract class ApiTestSupport {

    static final String MODELS = "/api/v1/models";
    static final String MODEL = "/api/v1/models/{id}";
    static final String VERSIONS = "/api/v1/models/{id}/versions";
    static final String VERSION = "/api/v1/models/{id}/versions/{label}";

    /** A demo model with an approved version: end users see it. */
    static final String APPROVED_DEMO_MODEL = "Employee attrition risk";
    /** A demo model with only a draft version: end users do not see it. */
    static final String DRAFT_DEMO_MODEL = "AML transaction monitoring";

    static final String SHA_A = "A".repeat(64);
    static final String SHA_B = "0123456789abcdef".repeat(4);

    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    final MockMvc mvc;
    final ApiTokenManagement tokens;

    @Autowired
    RunAs runAs;
    final ModelRegister register;

    ApiTestSupport(MockMvc mvc, ApiTokenManagement tokens, ModelRegister register) {
        this.mvc = mvc;
        this.tokens = tokens;
        this.register = register;
    }

    // ---- tokens -------------------------------------------------------------------------------------------

    /** Reads and writes the register as the demo developer. */
    String dev() {
        return token("dev", Role.MODEL_DEVELOPER, ApiScope.REGISTER_READ, ApiScope.REGISTER_WRITE);
    }

    String endUser() {
        return token("enduser", Role.END_USER, ApiScope.REGISTER_READ);
    }

    String auditor() {
        return token("auditor", Role.AUDITOR, ApiScope.REGISTER_READ);
    }

    /** A token of a demo user with the given scopes; cached, since tokens are never changed by the tests. */
    String token(String username, Role role, ApiScope... scopes) {
        var key = username + ":" + Arrays.stream(scopes).map(ApiScope::value).sorted().collect(Collectors.joining(","));
        return TOKENS.computeIfAbsent(key, k -> createToken(username, role, scopes).secret());
    }

    /**
     * A token with register:read and register:write whatever the user's role. Users who may not write cannot
     * create such a token, but a user whose roles were reduced after creating one holds exactly this; the
     * register's role checks must still stop them.
     */
    String writeToken(String username, Role role) {
        var mayGrant = ApiScope.REGISTER_WRITE.grantableBy(Set.of(role)) ? role : Role.MODEL_DEVELOPER;
        return TOKENS.computeIfAbsent(username + ":write-scoped", k -> createToken(username, mayGrant,
                ApiScope.REGISTER_READ, ApiScope.REGISTER_WRITE).secret());
    }

    /** Creates a token as the portal does, in the security context of {@code username} holding {@code role}. */
    CreatedToken createToken(String username, Role role, ApiScope... scopes) {
        return as(username, role, () -> tokens.create("api test " + UUID.randomUUID(),
                EnumSet.copyOf(List.of(scopes)), 1));
    }

    /** Runs {@code action} in a security context of the user with the role, e.g. to call services directly. */
    <T> T as(String username, Role role, Supplier<T> action) {
        return runAs.call(username, Set.of(role), action);
    }

    // ---- what is stored, as the auditor (who sees everything) sees it ------------------------------------

    long modelCount() {
        return as("auditor", Role.AUDITOR, () -> register.count(RegisterFilter.NONE));
    }

    long versionCount(long modelId) {
        return as("auditor", Role.AUDITOR, () -> register.countVersions(modelId));
    }

    long modelLockVersion(long modelId) {
        return as("auditor", Role.AUDITOR, () -> register.get(modelId).version());
    }

    long versionLockVersion(long modelId, String label) {
        return as("auditor", Role.AUDITOR, () -> register.version(modelId, label).version());
    }

    long demoModelId(String name) {
        var filter = new RegisterFilter(name, null, null, null, null, null);
        return as("auditor", Role.AUDITOR, () -> register.list(filter, PageRequest.of(0, 10))).stream()
                .filter(m -> m.name().equals(name)).findFirst().orElseThrow().id();
    }

    // ---- request bodies -----------------------------------------------------------------------------------

    static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    static String uniqueLabel() {
        return "t-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A complete, valid model owned by the demo business owner {@code owner}. */
    static Map<String, Object> modelBody(String name) {
        var body = new LinkedHashMap<String, Object>();
        body.put("name", name);
        body.put("description", "Registered by the API tests.");
        body.put("businessDomain", "testing");
        body.put("owner", "owner");
        body.put("developerTeam", "API tests");
        body.put("objective", Map.of("problemStatement", "Nobody knows whether the API works.",
                "decisionSupported", "Whether to ship.", "affectedParties", "Developers."));
        body.put("kpis", List.of(Map.of("name", "Passing tests", "unit", "tests", "target", 1200,
                "direction", "HIGHER_IS_BETTER")));
        body.put("euRiskCategory", "LIMITED");
        body.put("internalRiskTier", "MEDIUM");
        body.put("riskJustification", "Only test data.");
        body.put("intendedUse", "Testing.");
        body.put("outOfScopeUse", "Production.");
        body.put("tags", List.of("api", "test"));
        body.put("reviewDate", "2030-01-31");
        return body;
    }

    /** A complete, valid draft version in development. */
    static Map<String, Object> versionBody(String label) {
        var body = new LinkedHashMap<String, Object>();
        body.put("label", label);
        body.put("algorithm", "Gradient boosting");
        body.put("framework", "XGBoost 2.1");
        body.put("trainingDate", "2025-01-15");
        body.put("artifactSha256", SHA_A);
        body.put("trainingDataSha256", SHA_B);
        body.put("codeCommit", "ABC1234");
        body.put("parentLabel", null);
        body.put("trainingDataDescription", "Synthetic.");
        body.put("evaluationDataDescription", "Also synthetic.");
        body.put("stage", "DEVELOPMENT");
        return body;
    }

    static Map<String, Object> with(Map<String, Object> body, String key, @Nullable Object value) {
        var copy = new LinkedHashMap<>(body);
        copy.put(key, value);
        return copy;
    }

    static Map<String, Object> without(Map<String, Object> body, String key) {
        var copy = new LinkedHashMap<>(body);
        copy.remove(key);
        return copy;
    }

    static String json(Object body) {
        return JSON.writeValueAsString(body);
    }

    // ---- requests -----------------------------------------------------------------------------------------

    static MockHttpServletRequestBuilder getting(String uri, Object... vars) {
        return get(uri, vars).accept(MediaType.APPLICATION_JSON);
    }

    static MockHttpServletRequestBuilder posting(Object body, String uri, Object... vars) {
        return post(uri, vars).accept(MediaType.APPLICATION_JSON).contentType(MediaType.APPLICATION_JSON)
                .content(body instanceof String s ? s : json(body));
    }

    static MockHttpServletRequestBuilder putting(Object body, String uri, Object... vars) {
        return put(uri, vars).accept(MediaType.APPLICATION_JSON).contentType(MediaType.APPLICATION_JSON)
                .content(body instanceof String s ? s : json(body));
    }

    ResultActions call(@Nullable String token, MockHttpServletRequestBuilder request) throws Exception {
        if (token != null) {
            request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
        }
        return mvc.perform(request);
    }

    /** Registers a fresh model through the API as the developer and returns its id. */
    long createModel() throws Exception {
        return createModel(unique("API test model"));
    }

    long createModel(String name) throws Exception {
        var result = call(dev(), posting(modelBody(name), MODELS)).andExpect(status().isCreated()).andReturn();
        return number(result, "$.id");
    }

    /** Registers a version through the API as the developer. */
    void createVersion(long modelId, String label) throws Exception {
        call(dev(), posting(versionBody(label), VERSIONS, modelId)).andExpect(status().isCreated());
    }

    static long number(MvcResult result, String path) throws Exception {
        Number n = JsonPath.read(result.getResponse().getContentAsString(), path);
        return n.longValue();
    }

    static <T> T read(MvcResult result, String path) throws Exception {
        return JsonPath.read(result.getResponse().getContentAsString(), path);
    }
}
