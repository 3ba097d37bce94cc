package org.steward.explain.api;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.steward.approval.ApprovalWorkflow;
import org.steward.dataset.DatasetView;
import org.steward.dataset.Datasets;
import org.steward.explain.ExplanationFixtures;
import org.steward.explain.Explanations;
import org.steward.identity.ApiScope;
import org.steward.identity.ApiTokenManagement;
import org.steward.identity.Role;
import org.steward.identity.RunAs;
import org.steward.register.EuRiskCategory;
import org.steward.register.InternalRiskTier;
import org.steward.register.ModelRegister;
import org.steward.register.ModelView;
import org.steward.register.RegisterSeeding;

/** The explanation REST API with real tokens of the demo users, role by role. */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExplanationApiTest {

    private static final String CASE = "{\"features\": {\"x1\": 0.9, \"x2\": 0.1, \"x3\": 0.5, \"region\": \"south\"}}";

    private final Map<String, String> tokens = new ConcurrentHashMap<>();

    @Autowired
    MockMvc mvc;

    @Autowired
    ApiTokenManagement tokenManagement;

    @Autowired
    RunAs runAs;

    @Autowired
    ModelRegister register;

    @Autowired
    ApprovalWorkflow workflow;

    @Autowired
    RegisterSeeding seeding;

    @Autowired
    Datasets datasets;

    @Autowired
    Explanations explanations;

    private ModelView model;
    private DatasetView draftSample;
    /** The sample that the writing tests import attributions for and recompute, so that 1.0.0's stays the latest. */
    private DatasetView writeSample;
    private long explanationId;

    @BeforeAll
    void upload() {
        var fixtures = new ExplanationFixtures(runAs, register, workflow, datasets, seeding);
        model = fixtures.model(EuRiskCategory.MINIMAL, InternalRiskTier.MEDIUM);
        var draft = fixtures.draft(model, "1.0.0");
        draftSample = fixtures.upload(model, "1.0.0", ExplanationFixtures.linear(ExplanationFixtures.ROWS));
        fixtures.approved(model, "2.0.0");
        fixtures.upload(model, "2.0.0", ExplanationFixtures.linear(ExplanationFixtures.ROWS));
        fixtures.draft(model, "3.0.0");
        writeSample = fixtures.upload(model, "3.0.0", ExplanationFixtures.linear(ExplanationFixtures.ROWS));
        explanationId = runAs.call("auditor", Set.of(Role.AUDITOR), () -> explanations.latest(draft.id()))
                .orElseThrow().id();
    }

    private String token(String user, Role role, ApiScope scope) {
        return tokens.computeIfAbsent(user + ":" + scope, k -> runAs.call(user, Set.of(role),
                () -> tokenManagement.create("explanation api test " + UUID.randomUUID(), EnumSet.of(scope), 1))
                .secret());
    }

    private ResultActions read(String token, String uri, Object... vars) throws Exception {
        return mvc.perform(get(uri, vars).accept(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token));
    }

    private ResultActions explain(String token, String label, String body) throws Exception {
        return mvc.perform(post("/api/v1/models/{id}/versions/{label}/explanations:explain", model.id(), label)
                .contentType(MediaType.APPLICATION_JSON).content(body).accept(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token));
    }

    @ParameterizedTest
    @CsvSource({"admin, ADMIN", "owner, BUSINESS_OWNER", "dev, MODEL_DEVELOPER", "risk, RISK_OFFICER",
        "auditor, AUDITOR"})
    void full_readers_read_the_latest_explanation_of_a_version(String user, Role role) throws Exception {
        read(token(user, role, ApiScope.REGISTER_READ), "/api/v1/models/{id}/versions/{label}/explanation",
                model.id(), "1.0.0")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(explanationId))
                .andExpect(jsonPath("$.datasetSha256").value(draftSample.sha256()))
                .andExpect(jsonPath("$.kind").value("SURROGATE"))
                .andExpect(jsonPath("$.reliable").value(true))
                .andExpect(jsonPath("$.report.features[0].name").value("x1"))
                .andExpect(jsonPath("$.report.rules.rules[0].conditions").isArray())
                .andExpect(jsonPath("$.report.summary").value(containsString("reliable")));
    }

    @Test
    void the_history_lists_results_newest_first() throws Exception {
        read(token("auditor", Role.AUDITOR, ApiScope.REGISTER_READ), "/api/v1/models/{id}/explanations", model.id())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(greaterThanOrEqualTo(3)))
                .andExpect(jsonPath("$.items[*].versionLabel").value(hasItems("1.0.0", "2.0.0", "3.0.0")))
                .andExpect(jsonPath("$.items[*].id").value(hasItem((int) explanationId)));
        read(token("auditor", Role.AUDITOR, ApiScope.REGISTER_READ), "/api/v1/explanations/{id}", explanationId)
                .andExpect(status().isOk()).andExpect(jsonPath("$.versionLabel").value("1.0.0"));
    }

    @Test
    void a_decision_is_explained_with_its_top_contributions_and_a_sentence() throws Exception {
        explain(token("dev", Role.MODEL_DEVELOPER, ApiScope.REGISTER_READ), "1.0.0", CASE)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.target").value("prediction"))
                .andExpect(jsonPath("$.prediction").isNumber())
                .andExpect(jsonPath("$.contributions[0].feature").value("x1"))
                .andExpect(jsonPath("$.contributions[0].value").value("0.9"))
                .andExpect(jsonPath("$.reliable").value(true))
                .andExpect(jsonPath("$.fidelity").isNumber())
                .andExpect(jsonPath("$.sentence").value(startsWith("The surrogate puts the prediction at ")));
    }

    @Test
    void end_users_explain_decisions_of_versions_they_see_but_read_no_reports() throws Exception {
        var enduser = token("enduser", Role.END_USER, ApiScope.REGISTER_READ);
        explain(enduser, "2.0.0", CASE).andExpect(status().isOk())
                .andExpect(jsonPath("$.contributions[0].feature").value("x1"));
        explain(enduser, "1.0.0", CASE).andExpect(status().isNotFound());
        read(enduser, "/api/v1/models/{id}/versions/{label}/explanation", model.id(), "2.0.0")
                .andExpect(status().isForbidden());
        read(enduser, "/api/v1/explanations/{id}", explanationId).andExpect(status().isForbidden());
    }

    @Test
    void a_bad_case_is_refused_naming_each_field() throws Exception {
        var dev = token("dev", Role.MODEL_DEVELOPER, ApiScope.REGISTER_READ);
        explain(dev, "1.0.0", "{\"features\": {\"x1\": \"high\", \"x3\": 1, \"region\": \"east\"}}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors['features[x1]']").value("'high' is not a finite number"))
                .andExpect(jsonPath("$.errors['features[x2]']").value("is missing: every feature needs a value"))
                .andExpect(jsonPath("$.errors['features[region]']").value(startsWith("'east' is not a level")));
        explain(dev, "1.0.0", "{}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.features").value(startsWith("give the case's features")));
    }

    @Test
    void tokens_without_the_scope_or_no_token_are_refused() throws Exception {
        explain(token("dev", Role.MODEL_DEVELOPER, ApiScope.MONITORING_WRITE), "1.0.0", CASE)
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/models/{id}/versions/{label}/explanations:explain", model.id(), "1.0.0")
                .contentType(MediaType.APPLICATION_JSON).content(CASE)).andExpect(status().isUnauthorized());
    }

    @Test
    void developers_import_attributions_and_others_may_not() throws Exception {
        var csv = new MockMultipartFile("file", "shap.csv", "text/csv",
                ExplanationFixtures.exactAttributions(ExplanationFixtures.ROWS, 1).getBytes(StandardCharsets.UTF_8));
        mvc.perform(multipart("/api/v1/datasets/{id}/attributions", writeSample.id()).file(csv)
                        .header(HttpHeaders.AUTHORIZATION, "Bearer " + token("owner", Role.BUSINESS_OWNER,
                                ApiScope.REGISTER_WRITE)))
                .andExpect(status().isForbidden());
        mvc.perform(multipart("/api/v1/datasets/{id}/attributions", writeSample.id()).file(csv).param("link", "probit")
                        .header(HttpHeaders.AUTHORIZATION, "Bearer " + token("dev", Role.MODEL_DEVELOPER,
                                ApiScope.REGISTER_WRITE)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.link").value("must be 'identity' or 'logit', was 'probit'"));
        var doubled = new MockMultipartFile("file", "shap.csv", "text/csv",
                ExplanationFixtures.exactAttributions(ExplanationFixtures.ROWS, 2).getBytes(StandardCharsets.UTF_8));
        mvc.perform(multipart("/api/v1/datasets/{id}/attributions", writeSample.id()).file(doubled)
                        .header(HttpHeaders.AUTHORIZATION, "Bearer " + token("dev", Role.MODEL_DEVELOPER,
                                ApiScope.REGISTER_WRITE)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.additivity").value(containsString("differ from the model's output")));
        mvc.perform(multipart("/api/v1/datasets/{id}/attributions", writeSample.id()).file(csv)
                        .header(HttpHeaders.AUTHORIZATION, "Bearer " + token("dev", Role.MODEL_DEVELOPER,
                                ApiScope.REGISTER_WRITE)))
                .andExpect(status().isCreated())
                .andExpect(header().string(HttpHeaders.LOCATION, containsString("/api/v1/explanations/")))
                .andExpect(jsonPath("$.kind").value("IMPORTED"))
                .andExpect(jsonPath("$.attributionFile").value("shap.csv"));
    }

    @Test
    void risk_officers_recompute_and_auditors_may_not() throws Exception {
        mvc.perform(post("/api/v1/datasets/{id}/explanations", writeSample.id())
                        .header(HttpHeaders.AUTHORIZATION, "Bearer " + token("auditor", Role.AUDITOR,
                                ApiScope.REGISTER_READ)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/datasets/{id}/explanations", writeSample.id())
                        .header(HttpHeaders.AUTHORIZATION, "Bearer " + token("risk", Role.RISK_OFFICER,
                                ApiScope.APPROVAL_WRITE)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.computedBy").value("risk"))
                .andExpect(jsonPath("$.kind").value("SURROGATE"));
    }
}
