package org.steward.monitoring.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
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
 * Monitoring raw data over REST: no read answer holds an observation's values, batches are listed by their
 * metadata, and erasure needs a privileged role, a write scope and a rationale, and is in the ledger.
 */
@SpringBootTest
@AutoConfigureMockMvc
class MonitoringRawDataApiTest {

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
        return runAs.call(username, Set.of(role), () -> tokens.create("raw data test " + UUID.randomUUID(),
                EnumSet.copyOf(List.of(scopes)), 1)).secret();
    }

    private static MockHttpServletRequestBuilder bearer(MockHttpServletRequestBuilder request, String token) {
        return request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token).contentType(MediaType.APPLICATION_JSON);
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
