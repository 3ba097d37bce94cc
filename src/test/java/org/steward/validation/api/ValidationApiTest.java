package org.steward.validation.api;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.steward.approval.ApprovalWorkflow;
import org.steward.dataset.DatasetView;
import org.steward.dataset.Datasets;
import org.steward.identity.ApiScope;
import org.steward.identity.ApiTokenManagement;
import org.steward.identity.Role;
import org.steward.identity.RunAs;
import org.steward.register.EuRiskCategory;
import org.steward.register.InternalRiskTier;
import org.steward.register.ModelRegister;
import org.steward.register.ModelView;
import org.steward.validation.ValidationFixtures;
import org.steward.validation.ValidationResults;

/** The validation REST API with real tokens of the demo users: every full reader reads, end users do not. */
@SpringBootTest
@AutoConfigureMockMvc
class ValidationApiTest {

    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    @Autowired
    MockMvc mvc;

    @Autowired
    ApiTokenManagement tokens;

    @Autowired
    RunAs runAs;

    @Autowired
    ModelRegister register;

    @Autowired
    ApprovalWorkflow workflow;

    @Autowired
    Datasets datasets;

    @Autowired
    ValidationResults results;

    private ModelView model;
    private DatasetView dataset;
    private long resultId;

    @BeforeEach
    void upload() {
        var fixtures = new ValidationFixtures(runAs, register, workflow, datasets);
        model = fixtures.model(EuRiskCategory.MINIMAL, InternalRiskTier.MEDIUM);
        var version = fixtures.draft(model, "1.0.0");
        fixtures.draft(model, "2.0.0");
        dataset = fixtures.upload(model, "1.0.0", ValidationFixtures.wellFitted());
        resultId = runAs.call("auditor", Set.of(Role.AUDITOR), () -> results.latest(model.id(), version.id()))
                .orElseThrow().id();
    }

    private String token(String user, Role role, ApiScope scope) {
        return TOKENS.computeIfAbsent(user + ":" + scope, k -> runAs.call(user, Set.of(role),
                () -> tokens.create("validation api test " + UUID.randomUUID(), EnumSet.of(scope), 1)).secret());
    }

    private ResultActions call(String token, String uri, Object... vars) throws Exception {
        return mvc.perform(get(uri, vars).accept(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token));
    }

    @ParameterizedTest
    @CsvSource({"admin, ADMIN", "owner, BUSINESS_OWNER", "dev, MODEL_DEVELOPER", "risk, RISK_OFFICER",
        "auditor, AUDITOR"})
    void full_readers_read_the_latest_result_of_a_version(String user, Role role) throws Exception {
        call(token(user, role, ApiScope.REGISTER_READ), "/api/v1/models/{id}/versions/{label}/validation",
                model.id(), "1.0.0")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(resultId))
                .andExpect(jsonPath("$.datasetSha256").value(dataset.sha256()))
                .andExpect(jsonPath("$.primaryMetric").value("ROC_AUC"))
                .andExpect(jsonPath("$.overfittingGap").value(0.0))
                .andExpect(jsonPath("$.report.splits[0].split").value("TRAIN"))
                .andExpect(jsonPath("$.report.splits[1].metrics[0].label").value("ROC AUC"))
                .andExpect(jsonPath("$.report.splits[1].metrics[0].interval.low").isNumber())
                .andExpect(jsonPath("$.report.gap.interval").exists())
                .andExpect(content().string(not(containsString("NaN"))));
    }

    @Test
    void end_users_are_refused_even_for_a_version_they_may_see() throws Exception {
        var enduser = token("enduser", Role.END_USER, ApiScope.REGISTER_READ);
        call(enduser, "/api/v1/models/{id}/versions/{label}/validation", model.id(), "1.0.0")
                .andExpect(status().isForbidden());
        call(enduser, "/api/v1/models/{id}/validations", model.id()).andExpect(status().isForbidden());
        call(enduser, "/api/v1/validations/{id}", resultId).andExpect(status().isForbidden());
    }

    @Test
    void a_token_needs_the_register_read_scope() throws Exception {
        call(token("dev", Role.MODEL_DEVELOPER, ApiScope.APPROVAL_WRITE), "/api/v1/validations/{id}", resultId)
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/validations/{id}", resultId).accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void a_version_without_results_is_not_found_with_what_to_do() throws Exception {
        var auditor = token("auditor", Role.AUDITOR, ApiScope.REGISTER_READ);
        call(auditor, "/api/v1/models/{id}/versions/{label}/validation", model.id(), "2.0.0")
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("No validation metrics for version 2.0.0 yet: upload a "
                        + "scored sample for it, or re-run the analyses of one."));
        call(auditor, "/api/v1/models/{id}/versions/{label}/validation", model.id(), "9.9.9")
                .andExpect(status().isNotFound());
        call(auditor, "/api/v1/validations/{id}", -5).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("No validation result -5."));
    }

    @Test
    void history_is_paged_and_light_one_result_is_complete() throws Exception {
        var owner = token("owner", Role.BUSINESS_OWNER, ApiScope.REGISTER_READ);
        call(owner, "/api/v1/models/{id}/validations", model.id())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.size").value(20))
                .andExpect(jsonPath("$.items[0].id").value(resultId))
                .andExpect(jsonPath("$.items[0].versionLabel").value("1.0.0"))
                .andExpect(jsonPath("$.items[0].primaryTestValue").isNumber())
                .andExpect(jsonPath("$.items[0].report").doesNotExist());
        call(owner, "/api/v1/models/{id}/validations?page=1&size=500", model.id())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items").isEmpty())
                .andExpect(jsonPath("$.size").value(100));
        call(owner, "/api/v1/models/{id}/validations?page=-1", model.id()).andExpect(status().isBadRequest());
        call(owner, "/api/v1/validations/{id}", resultId)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.report.method").value(org.hamcrest.Matchers.startsWith("Percentile bootstrap")));
    }
}
