package org.steward.monitoring.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.steward.approval.ApprovalWorkflow;
import org.steward.identity.ApiScope;
import org.steward.identity.ApiTokenManagement;
import org.steward.identity.Role;
import org.steward.identity.RunAs;
import org.steward.monitoring.MonitoringFixtures;
import org.steward.register.ModelRegister;
import org.steward.register.ModelView;
import tools.jackson.databind.json.JsonMapper;

/**
 * Monitoring over REST: idempotent retries, whole-batch rejection, scopes, limits, outcomes, status; no read
 * answer holds an observation's values, and erasure of raw data needs a privileged role, a scope and a rationale.
 */
@SpringBootTest
@AutoConfigureMockMvc
class MonitoringApiTest {

    private static final String CUSTOMER = "cust-7781-ana.perez@example.org";

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
    JdbcTemplate jdbc;

    private String token(String username, Role role, ApiScope... scopes) {
        return runAs.call(username, Set.of(role), () -> tokens.create("monitoring test " + UUID.randomUUID(),
                EnumSet.copyOf(List.of(scopes)), 1)).secret();
    }

    private String writer() {
        return token("dev", Role.MODEL_DEVELOPER, ApiScope.MONITORING_WRITE, ApiScope.REGISTER_READ);
    }

    private static MockHttpServletRequestBuilder bearer(MockHttpServletRequestBuilder request, String token) {
        return request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token).contentType(MediaType.APPLICATION_JSON);
    }

    private ModelView withBaseline(String token) throws Exception {
        var model = new MonitoringFixtures(runAs, register, workflow).model();
        mvc.perform(bearer(put("/api/v1/models/{id}/versions/1.0.0/monitoring/baseline", model.id()), token)
                        .content(MonitoringFixtures.rows(500, 0, null)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.rows").value(500))
                .andExpect(jsonPath("$.features[0].name").value("income"))
                .andExpect(jsonPath("$.features[0].kind").value("NUMERIC"))
                .andExpect(jsonPath("$.features[0].max").value(499.0))
                .andExpect(jsonPath("$.features[1].categories[0]").value("a"));
        return model;
    }

    private long rows(String table, ModelView model) {
        return jdbc.queryForObject("select count(*) from " + table + " where model_id = ?", Long.class, model.id());
    }

    @Test
    void a_retried_batch_is_accepted_once_and_a_reused_key_with_another_body_is_a_conflict() throws Exception {
        var token = writer();
        var model = withBaseline(token);
        var url = "/api/v1/models/{id}/versions/1.0.0/monitoring/batches";
        var body = MonitoringFixtures.rows(200, 0, "req-");

        var first = mvc.perform(bearer(post(url, model.id()), token).header("Idempotency-Key", "k-1").content(body))
                .andExpect(status().isOk())
                .andExpect(header().string("Idempotent-Replayed", "false"))
                .andExpect(jsonPath("$.rows").value(200))
                .andReturn().getResponse().getContentAsString();
        var again = mvc.perform(bearer(post(url, model.id()), token).header("Idempotency-Key", "k-1").content(body))
                .andExpect(status().isOk())
                .andExpect(header().string("Idempotent-Replayed", "true"))
                .andReturn().getResponse().getContentAsString();
        assertThat(again).isEqualTo(first);
        mvc.perform(bearer(post(url, model.id()), token).header("Idempotency-Key", "k-1")
                        .content(MonitoringFixtures.rows(200, 5, "req-")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("different body")));

        assertThat(rows("monitoring_batch", model)).isEqualTo(1);
        assertThat(rows("monitoring_observation", model)).isEqualTo(200);
    }

    @Test
    void a_malformed_batch_is_rejected_whole_with_row_level_reasons_and_stores_nothing() throws Exception {
        var token = writer();
        var model = withBaseline(token);
        var body = """
                {"rows": [
                  {"features": {"income": 1, "region": "a"}, "output": 0.2},
                  {"features": {"income": [1, 2]}, "output": 0.3},
                  {"features": {"income": 3}, "output": "high", "latencyMs": -1}
                ]}""";

        mvc.perform(bearer(post("/api/v1/models/{id}/versions/1.0.0/monitoring/batches", model.id()), token)
                        .header("Idempotency-Key", "bad-1").content(body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors['rows[1].features.income']")
                        .value("must be a number, a text, true/false or null, not a list or an object"))
                .andExpect(jsonPath("$.errors['rows[2].output']").value("must be a finite number"))
                .andExpect(jsonPath("$.errors['rows[2].latencyMs']").value("must not be negative"));
        mvc.perform(bearer(post("/api/v1/models/{id}/versions/1.0.0/monitoring/batches", model.id()), token)
                        .content(MonitoringFixtures.rows(3, 0, "x")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors['Idempotency-Key']").exists());

        assertThat(rows("monitoring_batch", model)).isZero();
        assertThat(rows("monitoring_observation", model)).isZero();
    }

    @Test
    void ingest_needs_the_monitoring_scope_and_reads_the_register_scope() throws Exception {
        var token = writer();
        var model = withBaseline(token);
        var reader = token("auditor", Role.AUDITOR, ApiScope.REGISTER_READ);
        var developerWithoutScope = token("dev", Role.MODEL_DEVELOPER, ApiScope.REGISTER_READ, ApiScope.REGISTER_WRITE);

        mvc.perform(bearer(post("/api/v1/models/{id}/versions/1.0.0/monitoring/batches", model.id()),
                        developerWithoutScope).header("Idempotency-Key", "s-1")
                        .content(MonitoringFixtures.rows(3, 0, "x")))
                .andExpect(status().isForbidden());
        mvc.perform(bearer(put("/api/v1/models/{id}/versions/1.0.0/monitoring/baseline", model.id()), reader)
                        .content(MonitoringFixtures.rows(3, 0, null)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/models/{id}/versions/1.0.0/monitoring/batches", model.id())
                        .contentType(MediaType.APPLICATION_JSON).content(MonitoringFixtures.rows(3, 0, "x")))
                .andExpect(status().isUnauthorized());
        mvc.perform(bearer(get("/api/v1/models/{id}/versions/1.0.0/monitoring/baseline", model.id()), reader))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows").value(500));
        assertThat(rows("monitoring_batch", model)).isZero();
    }

    @Test
    void a_batch_over_the_row_limit_is_413_and_a_token_over_its_rate_is_429() throws Exception {
        var token = writer();
        var model = withBaseline(token);
        var url = "/api/v1/models/{id}/versions/1.0.0/monitoring/batches";

        mvc.perform(bearer(post(url, model.id()), token).header("Idempotency-Key", "big")
                        .content(MonitoringFixtures.rows(5001, 0, "big-")))
                .andExpect(status().isContentTooLarge())
                .andExpect(jsonPath("$.title").value("Batch too large"));
        assertThat(rows("monitoring_observation", model)).isZero();

        var limited = writer();
        for (int i = 0; i < 120; i++) {
            mvc.perform(bearer(post("/api/v1/models/{id}/monitoring/outcomes", model.id()), limited).content("{}"))
                    .andExpect(status().isBadRequest());
        }
        mvc.perform(bearer(post("/api/v1/models/{id}/monitoring/outcomes", model.id()), limited).content("{}"))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"))
                .andExpect(jsonPath("$.title").value("Too many requests"));
        // another token keeps its own allowance
        mvc.perform(bearer(post("/api/v1/models/{id}/monitoring/outcomes", model.id()), token).content("{}"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void outcomes_join_by_request_id_and_the_evaluation_reports_drift_and_status() throws Exception {
        var token = writer();
        var model = withBaseline(token);
        mvc.perform(bearer(post("/api/v1/models/{id}/versions/1.0.0/monitoring/batches", model.id()), token)
                        .header("Idempotency-Key", "d-1").content(MonitoringFixtures.rows(500, 400, "d-")))
                .andExpect(status().isOk());

        mvc.perform(bearer(post("/api/v1/models/{id}/monitoring/outcomes", model.id()), token)
                        .content("{\"outcomes\": [{\"requestId\": \"d-1\", \"outcome\": 1}, "
                                + "{\"requestId\": \"nope\", \"outcome\": 0}]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors['outcomes[1].requestId']").exists());
        assertThat(jdbc.queryForObject("select count(*) from monitoring_observation where model_id = ? and outcome "
                + "is not null", Long.class, model.id())).isZero();
        mvc.perform(bearer(post("/api/v1/models/{id}/monitoring/outcomes", model.id()), token)
                        .content("{\"outcomes\": [{\"requestId\": \"d-1\", \"outcome\": 1}]}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.observationsJoined").value(1));

        mvc.perform(bearer(post("/api/v1/models/{id}/versions/1.0.0/monitoring/evaluations", model.id()), token))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("RED"));
        mvc.perform(bearer(get("/api/v1/models/{id}/monitoring/status", model.id()), token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.result.features[?(@.name == 'income')].drifted").value(true))
                .andExpect(jsonPath("$.result.features[?(@.name == 'income')].test")
                        .value("KS_P_VALUE"))
                .andExpect(jsonPath("$.result.features[?(@.name == 'region')].drifted").value(false))
                .andExpect(jsonPath("$.result.quality.outOfRangeRate").value(400.0 / 500))
                .andExpect(jsonPath("$.result.policyVersion").value(0));
        mvc.perform(bearer(get("/api/v1/models/{id}/monitoring/alerts", model.id()), token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].retrainingRequested").value(true));
    }

    /** 300 rows; row 5 carries one customer's id as a feature value and an income no other row has. */
    private static String batch() {
        var rows = new ArrayList<Map<String, Object>>();
        for (int i = 0; i < 300; i++) {
            var features = new LinkedHashMap<String, Object>();
            features.put("income", i == 5 ? 734211.37 : 10.0 + i);
            features.put("region", i == 5 ? CUSTOMER : i % 2 == 0 ? "a" : "b");
            rows.add(Map.of("requestId", "rq-" + i, "features", features, "output", i / 300.0, "latencyMs", 12));
        }
        return JsonMapper.builder().build().writeValueAsString(Map.of("rows", rows));
    }

    @Test
    void no_read_answer_holds_an_observations_values_and_batches_show_where_their_raw_data_is() throws Exception {
        var writer = token("dev", Role.MODEL_DEVELOPER, ApiScope.MONITORING_WRITE, ApiScope.REGISTER_READ);
        var auditor = token("auditor", Role.AUDITOR, ApiScope.REGISTER_READ);
        var model = new MonitoringFixtures(runAs, register, workflow).model();
        mvc.perform(bearer(put("/api/v1/models/{id}/versions/1.0.0/monitoring/baseline", model.id()), writer)
                .content(MonitoringFixtures.rows(400, 0, null))).andExpect(status().isCreated());
        mvc.perform(bearer(post("/api/v1/models/{id}/versions/1.0.0/monitoring/batches", model.id()), writer)
                .header("Idempotency-Key", "raw-1").content(batch())).andExpect(status().isOk());
        var evaluation = jdbc.queryForObject("select count(*) from monitoring_evaluation", Long.class);
        mvc.perform(bearer(post("/api/v1/models/{id}/versions/1.0.0/monitoring/evaluations", model.id()), writer))
                .andExpect(status().isCreated());
        assertThat(jdbc.queryForObject("select count(*) from monitoring_evaluation", Long.class))
                .isEqualTo(evaluation + 1);
        var id = jdbc.queryForObject("select max(id) from monitoring_evaluation where model_id = ?", Long.class,
                model.id());

        var answers = new StringBuilder();
        for (var url : List.of("/api/v1/models/" + model.id() + "/monitoring/status",
                "/api/v1/monitoring/evaluations/" + id, "/api/v1/models/" + model.id() + "/monitoring/evaluations",
                "/api/v1/models/" + model.id() + "/versions/1.0.0/monitoring/baseline",
                "/api/v1/models/" + model.id() + "/monitoring/batches")) {
            answers.append(mvc.perform(bearer(get(url), auditor)).andExpect(status().isOk()).andReturn()
                    .getResponse().getContentAsString());
        }
        assertThat(answers.toString()).contains("\"region\"").doesNotContain(CUSTOMER).doesNotContain("cust-7781")
                .doesNotContain("734211").doesNotContain("rq-5");

        mvc.perform(bearer(get("/api/v1/models/{id}/monitoring/batches", model.id()), auditor))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].rows").value(300))
                .andExpect(jsonPath("$[0].idempotencyKey").value("raw-1"))
                .andExpect(jsonPath("$[0].keyId").value("test-2026"))
                .andExpect(jsonPath("$[0].purge").doesNotExist());
        mvc.perform(bearer(get("/api/v1/models/{id}/monitoring/batches?size=101", model.id()), auditor))
                .andExpect(status().isBadRequest());
    }

    @Test
    void erasure_needs_a_privileged_role_a_write_scope_and_a_rationale_and_is_in_the_ledger() throws Exception {
        var writer = token("dev", Role.MODEL_DEVELOPER, ApiScope.MONITORING_WRITE, ApiScope.REGISTER_READ,
                ApiScope.REGISTER_WRITE);
        var model = new MonitoringFixtures(runAs, register, workflow).model();
        mvc.perform(bearer(put("/api/v1/models/{id}/versions/1.0.0/monitoring/baseline", model.id()), writer)
                .content(MonitoringFixtures.rows(100, 0, null))).andExpect(status().isCreated());
        mvc.perform(bearer(post("/api/v1/models/{id}/versions/1.0.0/monitoring/batches", model.id()), writer)
                .header("Idempotency-Key", "erase-1").content(batch())).andExpect(status().isOk());
        var batchId = jdbc.queryForObject("select id from monitoring_batch where model_id = ?", Long.class,
                model.id());
        var riskReader = token("risk", Role.RISK_OFFICER, ApiScope.REGISTER_READ);
        var risk = token("risk", Role.RISK_OFFICER, ApiScope.APPROVAL_WRITE);

        mvc.perform(bearer(post("/api/v1/monitoring/batches/{id}:erase", batchId), writer)
                .content("{\"rationale\": \"mine\"}")).andExpect(status().isForbidden());
        mvc.perform(bearer(post("/api/v1/monitoring/batches/{id}:erase", batchId), riskReader)
                .content("{\"rationale\": \"request\"}")).andExpect(status().isForbidden());
        mvc.perform(bearer(post("/api/v1/monitoring/batches/{id}:erase", batchId), risk)
                .content("{\"rationale\": \" \"}")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.rationale").exists());

        mvc.perform(bearer(post("/api/v1/monitoring/batches/{id}:erase", batchId), risk)
                        .content("{\"reason\": \"Erasure request #91\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.purge.reason").value("Erasure request #91"))
                .andExpect(jsonPath("$.purge.by").value("risk"))
                .andExpect(jsonPath("$.keyId").doesNotExist());
        mvc.perform(bearer(post("/api/v1/monitoring/batches/{id}:erase", batchId), risk)
                .content("{\"rationale\": \"again\"}")).andExpect(status().isConflict());
        mvc.perform(bearer(post("/api/v1/models/{id}/monitoring:erase", model.id()), risk)
                        .content("{\"rationale\": \"Erasure request #91, the reference too\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.batches").value(0))
                .andExpect(jsonPath("$.baselines").value(1));
        assertThat(jdbc.queryForObject("select count(*) from ledger_entry where action = 'MONITORING_RAW_DATA_ERASED' "
                + "and subject = ?", Long.class, "model:" + model.id())).isEqualTo(2);
    }
}
