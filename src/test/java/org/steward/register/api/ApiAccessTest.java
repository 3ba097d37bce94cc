package org.steward.register.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.steward.identity.Role.AUDITOR;
import static org.steward.identity.Role.BUSINESS_OWNER;
import static org.steward.identity.Role.END_USER;
import static org.steward.identity.Role.MODEL_DEVELOPER;
import static org.steward.identity.Role.RISK_OFFICER;

import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.steward.identity.ApiScope;
import org.steward.identity.ApiTokenManagement;
import org.steward.identity.Role;
import org.steward.register.ModelRegister;

/**
 * Who may call which endpoint: no token gives 401, a token without the scope 403, a token whose user's role may not
 * do it 403 (and nothing changes), and the right role and scope 2xx. Also revoked and unknown tokens.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiAccessTest extends ApiTestSupport {

    /** Every endpoint of the register API, with a valid request against the fixture model and its status on success. */
    enum Endpoint {
        LIST_MODELS(200, false), GET_MODEL(200, false), REGISTER_MODEL(201, true), UPDATE_MODEL(200, true),
        LIST_VERSIONS(200, false), GET_VERSION(200, false), REGISTER_VERSION(201, true), UPDATE_VERSION(200, true);

        final int success;
        final boolean write;

        Endpoint(int success, boolean write) {
            this.success = success;
            this.write = write;
        }
    }

    /** What the register holds for the fixture; compared before and after refused writes. */
    record State(long models, long modelVersion, long versions, long versionVersion) {
    }

    private static final String FIXTURE_LABEL = "1.0.0";

    private String fixtureName = "";
    private long fixtureId;

    @Autowired
    ApiAccessTest(MockMvc mvc, ApiTokenManagement tokens, ModelRegister register) {
        super(mvc, tokens, register);
    }

    @BeforeAll
    void registerFixture() throws Exception {
        fixtureName = unique("Access fixture");
        fixtureId = createModel(fixtureName);
        createVersion(fixtureId, FIXTURE_LABEL);
    }

    private MockHttpServletRequestBuilder request(Endpoint endpoint) {
        return switch (endpoint) {
            case LIST_MODELS -> getting(MODELS);
            case GET_MODEL -> getting(MODEL, fixtureId);
            case REGISTER_MODEL -> posting(modelBody(unique("Access model")), MODELS);
            case UPDATE_MODEL -> putting(with(with(modelBody(fixtureName), "description", unique("changed")),
                    "version", modelLockVersion(fixtureId)), MODEL, fixtureId);
            case LIST_VERSIONS -> getting(VERSIONS, fixtureId);
            case GET_VERSION -> getting(VERSION, fixtureId, FIXTURE_LABEL);
            case REGISTER_VERSION -> posting(versionBody(uniqueLabel()), VERSIONS, fixtureId);
            case UPDATE_VERSION -> putting(with(with(versionBody(FIXTURE_LABEL), "algorithm", unique("changed")),
                    "version", versionLockVersion(fixtureId, FIXTURE_LABEL)), VERSION, fixtureId, FIXTURE_LABEL);
        };
    }

    private State state() {
        return new State(modelCount(), modelLockVersion(fixtureId), versionCount(fixtureId),
                versionLockVersion(fixtureId, FIXTURE_LABEL));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Endpoint.class)
    void anonymous_callers_get_401_and_change_nothing(Endpoint endpoint) throws Exception {
        var before = state();

        call(null, request(endpoint))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, "Bearer"))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(401));

        assertThat(state()).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Endpoint.class)
    void tokens_without_the_needed_scope_get_403_and_change_nothing(Endpoint endpoint) throws Exception {
        var before = state();
        var wrongScope = endpoint.write
                ? token("dev", MODEL_DEVELOPER, ApiScope.REGISTER_READ)
                : token("dev", MODEL_DEVELOPER, ApiScope.REGISTER_WRITE);

        call(wrongScope, request(endpoint))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value(endsWith("/forbidden")));

        assertThat(state()).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Endpoint.class)
    void monitoring_only_tokens_get_403_everywhere_in_the_register(Endpoint endpoint) throws Exception {
        var before = state();

        call(token("dev", MODEL_DEVELOPER, ApiScope.MONITORING_WRITE), request(endpoint))
                .andExpect(status().isForbidden());

        assertThat(state()).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0} by {1}")
    @MethodSource
    void read_only_tokens_of_roles_that_cannot_write_get_403(Endpoint endpoint, String username, Role role)
            throws Exception {
        var before = state();

        call(token(username, role, ApiScope.REGISTER_READ), request(endpoint)).andExpect(status().isForbidden());

        assertThat(state()).isEqualTo(before);
    }

    static Stream<Arguments> read_only_tokens_of_roles_that_cannot_write_get_403() {
        return Stream.of(Endpoint.values()).filter(e -> e.write).flatMap(e -> Stream.of(
                arguments(e, "auditor", AUDITOR), arguments(e, "risk", RISK_OFFICER), arguments(e, "enduser", END_USER)));
    }

    @ParameterizedTest(name = "{0} by {1}")
    @MethodSource
    void write_scoped_tokens_of_users_whose_role_may_not_do_it_get_403(Endpoint endpoint, String username, Role role)
            throws Exception {
        var before = state();

        call(writeToken(username, role), request(endpoint))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value(endsWith("/forbidden")));

        assertThat(state()).isEqualTo(before);
    }

    static Stream<Arguments> write_scoped_tokens_of_users_whose_role_may_not_do_it_get_403() {
        return Stream.of(
                arguments(Endpoint.REGISTER_MODEL, "auditor", AUDITOR),
                arguments(Endpoint.REGISTER_MODEL, "risk", RISK_OFFICER),
                arguments(Endpoint.REGISTER_MODEL, "enduser", END_USER),
                arguments(Endpoint.UPDATE_MODEL, "auditor", AUDITOR),
                arguments(Endpoint.UPDATE_MODEL, "risk", RISK_OFFICER),
                // a business owner may only edit the models they own
                arguments(Endpoint.UPDATE_MODEL, "owner2", BUSINESS_OWNER),
                // only model developers register and edit versions
                arguments(Endpoint.REGISTER_VERSION, "owner", BUSINESS_OWNER),
                arguments(Endpoint.REGISTER_VERSION, "auditor", AUDITOR),
                arguments(Endpoint.REGISTER_VERSION, "risk", RISK_OFFICER),
                arguments(Endpoint.UPDATE_VERSION, "owner", BUSINESS_OWNER),
                arguments(Endpoint.UPDATE_VERSION, "auditor", AUDITOR),
                arguments(Endpoint.UPDATE_VERSION, "risk", RISK_OFFICER));
    }

    @ParameterizedTest(name = "{0} by {1}")
    @MethodSource
    void callers_with_the_right_role_and_scope_succeed(Endpoint endpoint, String username, Role role)
            throws Exception {
        var token = endpoint.write ? writeToken(username, role) : token(username, role, ApiScope.REGISTER_READ);

        call(token, request(endpoint)).andExpect(status().is(endpoint.success));
    }

    static Stream<Arguments> callers_with_the_right_role_and_scope_succeed() {
        return Stream.of(
                arguments(Endpoint.LIST_MODELS, "dev", MODEL_DEVELOPER),
                arguments(Endpoint.LIST_MODELS, "auditor", AUDITOR),
                arguments(Endpoint.LIST_MODELS, "risk", RISK_OFFICER),
                arguments(Endpoint.LIST_MODELS, "enduser", END_USER),
                arguments(Endpoint.GET_MODEL, "dev", MODEL_DEVELOPER),
                arguments(Endpoint.GET_MODEL, "auditor", AUDITOR),
                arguments(Endpoint.GET_MODEL, "risk", RISK_OFFICER),
                arguments(Endpoint.GET_MODEL, "owner2", BUSINESS_OWNER),
                arguments(Endpoint.REGISTER_MODEL, "dev", MODEL_DEVELOPER),
                arguments(Endpoint.REGISTER_MODEL, "owner", BUSINESS_OWNER),
                arguments(Endpoint.UPDATE_MODEL, "dev2", MODEL_DEVELOPER),
                arguments(Endpoint.UPDATE_MODEL, "owner", BUSINESS_OWNER),
                arguments(Endpoint.LIST_VERSIONS, "dev", MODEL_DEVELOPER),
                arguments(Endpoint.LIST_VERSIONS, "auditor", AUDITOR),
                arguments(Endpoint.LIST_VERSIONS, "risk", RISK_OFFICER),
                arguments(Endpoint.GET_VERSION, "dev", MODEL_DEVELOPER),
                arguments(Endpoint.GET_VERSION, "auditor", AUDITOR),
                arguments(Endpoint.GET_VERSION, "risk", RISK_OFFICER),
                arguments(Endpoint.REGISTER_VERSION, "dev", MODEL_DEVELOPER),
                arguments(Endpoint.REGISTER_VERSION, "dev2", MODEL_DEVELOPER),
                arguments(Endpoint.UPDATE_VERSION, "dev", MODEL_DEVELOPER),
                arguments(Endpoint.UPDATE_VERSION, "dev2", MODEL_DEVELOPER));
    }

    @Test
    void a_revoked_token_gets_401() throws Exception {
        var created = createToken("dev", MODEL_DEVELOPER, ApiScope.REGISTER_READ);
        call(created.secret(), getting(MODELS)).andExpect(status().isOk());

        as("dev", MODEL_DEVELOPER, () -> tokens.revoke(created.token().id()));

        call(created.secret(), getting(MODELS)).andExpect(status().isUnauthorized());
    }

    @Test
    void an_unknown_token_gets_401() throws Exception {
        call("stw_" + "x".repeat(43), getting(MODELS)).andExpect(status().isUnauthorized());
        call("not-a-steward-token", getting(MODELS)).andExpect(status().isUnauthorized());
    }

    @Test
    void portal_credentials_are_not_accepted_by_the_api() throws Exception {
        mvc.perform(getting(MODELS).with(httpBasic("dev", "steward-demo")))
                .andExpect(status().isUnauthorized());
    }
}
