package org.steward.monitoring.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
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

/** Serving statistics pushed as aggregates: idempotent, validated whole, scoped, and used by evaluations. */
@SpringBootTest
@AutoConfigureMockMvc
class ServingStatsApiTest {

    private static final String PUSH = "/api/v1/models/{id}/versions/1.0.0/monitoring/serving-stats";

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
        return runAs.call(username, Set.of(role), () -> tokens.create("serving test " + UUID.randomUUID(),
                EnumSet.copyOf(List.of(scopes)), 1)).secret();
    }

    private String writer() {
        return token("dev", Role.MODEL_DEVELOPER, ApiScope.MONITORING_WRITE, ApiScope.REGISTER_READ);
    }

    private static MockHttpServletRequestBuilder bearer(MockHttpServletRequestBuilder request, String token) {
        return request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token).contentType(MediaType.APPLICATION_JSON);
    }

    private static String period(Instant start, long requests, long errors, double p50, double p95, double p99) {
        return """
                {"periodStart": "%s", "periodEnd": "%s", "requests": %d, "errors": %d, "latencyP50Ms": %s,
                 "latencyP95Ms": %s, "latencyP99Ms": %s, "cpuUtilisation": 0.42, "memoryMb": 1536}"""
                .formatted(start, start.plus(1, ChronoUnit.HOURS), requests, errors, p50, p95, p99);
    }

    private long stored(ModelView model) {
        return jdbc.queryForObject("select count(*) from monitoring_serving_period where model_id = ?", Long.class,
                model.id());
    }

    @Test
    void a_retried_push_is_stored_once_and_a_reused_key_with_other_figures_is_a_conflict() throws Exception {
        var token = writer();
        var model = new MonitoringFixtures(runAs, register, workflow).model();
        var start = Instant.now().minus(3, ChronoUnit.HOURS).truncatedTo(ChronoUnit.HOURS);
        var body = period(start, 12_000, 60, 20, 180, 400);

        mvc.perform(bearer(post(PUSH, model.id()), token).header("Idempotency-Key", "h-1").content(body))
                .andExpect(status().isCreated())
                .andExpect(header().string("Idempotent-Replayed", "false"))
                .andExpect(jsonPath("$.requests").value(12_000))
                .andExpect(jsonPath("$.latencyP95Ms").value(180.0));
        mvc.perform(bearer(post(PUSH, model.id()), token).header("Idempotency-Key", "h-1").content(body))
                .andExpect(status().isOk())
                .andExpect(header().string("Idempotent-Replayed", "true"));
        mvc.perform(bearer(post(PUSH, model.id()), token).header("Idempotency-Key", "h-1")
                        .content(period(start, 12_001, 60, 20, 180, 400)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("other figures")));
        assertThat(stored(model)).isEqualTo(1);
    }

    @Test
    void impossible_figures_are_refused_by_field_and_nothing_is_stored() throws Exception {
        var token = writer();
        var model = new MonitoringFixtures(runAs, register, workflow).model();
        var start = Instant.now().minus(2, ChronoUnit.HOURS);
        var body = """
                {"periodStart": "%s", "periodEnd": "%s", "requests": 10, "errors": 11, "latencyP50Ms": 90,
                 "latencyP95Ms": 50, "cpuUtilisation": 1.5, "memoryMb": -1}"""
                .formatted(start, start.minusSeconds(1));

        mvc.perform(bearer(post(PUSH, model.id()), token).header("Idempotency-Key", "bad").content(body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.periodEnd").value("must be after periodStart"))
                .andExpect(jsonPath("$.errors.errors").value("cannot exceed requests (10)"))
                .andExpect(jsonPath("$.errors.latencyP95Ms").value("must be at least latencyP50Ms"))
                .andExpect(jsonPath("$.errors.cpuUtilisation").exists())
                .andExpect(jsonPath("$.errors.memoryMb").exists());
        mvc.perform(bearer(post(PUSH, model.id()), token).header("Idempotency-Key", "future")
                        .content(period(Instant.now().plus(1, ChronoUnit.HOURS), 1, 0, 1, 2, 3)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.periodEnd").value("lies in the future"));
        mvc.perform(bearer(post(PUSH, model.id()), token).content(period(start, 1, 0, 1, 2, 3)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors['Idempotency-Key']").exists());
        mvc.perform(bearer(post(PUSH, model.id()), token).header("Idempotency-Key", "nan")
                        .content(period(start, 1, 0, 1, 2, 3).replace("\"latencyP99Ms\": 3.0", "\"latencyP99Ms\": NaN")
                                .replace("\"latencyP99Ms\": 3", "\"latencyP99Ms\": NaN")))
                .andExpect(status().isBadRequest());
        assertThat(stored(model)).isZero();
    }

    @Test
    void pushing_needs_the_monitoring_scope_and_reading_the_register_scope() throws Exception {
        var model = new MonitoringFixtures(runAs, register, workflow).model();
        var body = period(Instant.now().minus(2, ChronoUnit.HOURS), 5, 0, 1, 2, 3);
        var reader = token("auditor", Role.AUDITOR, ApiScope.REGISTER_READ);
        var developerWithoutScope = token("dev", Role.MODEL_DEVELOPER, ApiScope.REGISTER_READ);

        mvc.perform(bearer(post(PUSH, model.id()), developerWithoutScope).header("Idempotency-Key", "s").content(body))
                .andExpect(status().isForbidden());
        mvc.perform(bearer(post(PUSH, model.id()), reader).header("Idempotency-Key", "s").content(body))
                .andExpect(status().isForbidden());
        mvc.perform(post(PUSH, model.id()).contentType(MediaType.APPLICATION_JSON).header("Idempotency-Key", "s")
                        .content(body))
                .andExpect(status().isUnauthorized());
        assertThat(stored(model)).isZero();
        mvc.perform(bearer(get("/api/v1/models/{id}/monitoring/serving-stats", model.id()), reader))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(0));
    }

    @Test
    void each_period_is_judged_under_the_policy_and_evaluations_take_the_periods_that_overlap_their_window()
            throws Exception {
        var token = writer();
        var model = new MonitoringFixtures(runAs, register, workflow).model();
        mvc.perform(bearer(put("/api/v1/models/{id}/versions/1.0.0/monitoring/baseline", model.id()), token)
                .content(MonitoringFixtures.rows(500, 0, null))).andExpect(status().isCreated());
        var start = Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        // default policy: error rate AMBER above 1 %, RED above 5 %; latency p95 AMBER above 500 ms, RED above 1000
        mvc.perform(bearer(post(PUSH, model.id()), token).header("Idempotency-Key", "p-1")
                .content(period(start, 10_000, 100, 40, 300, 700))).andExpect(status().isCreated());
        mvc.perform(bearer(post(PUSH, model.id()), token).header("Idempotency-Key", "p-2")
                .content(period(start.plus(1, ChronoUnit.HOURS), 10_000, 700, 60, 1200, 2400)))
                .andExpect(status().isCreated());

        mvc.perform(bearer(get("/api/v1/models/{id}/monitoring/serving-stats", model.id()), token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].period.idempotencyKey").value("p-2"))
                .andExpect(jsonPath("$[0].judged.status").value("RED"))
                .andExpect(jsonPath("$[0].judged.reasons[0]").value("error rate 7.0% above the RED limit"))
                .andExpect(jsonPath("$[0].judged.reasons[1]").value("latency p95 1200 ms above the RED limit"))
                .andExpect(jsonPath("$[1].judged.status").value("GREEN"));

        // a batch without latencies, observed inside the second period: its window overlaps only that period
        var rows = MonitoringFixtures.rows(200, 0, null);
        var batch = "{\"observedAt\": \"" + start.plus(90, ChronoUnit.MINUTES) + "\", " + rows.substring(1);
        mvc.perform(bearer(post("/api/v1/models/{id}/versions/1.0.0/monitoring/batches", model.id()), token)
                .header("Idempotency-Key", "b-1").content(batch)).andExpect(status().isOk());
        mvc.perform(bearer(post("/api/v1/models/{id}/versions/1.0.0/monitoring/evaluations", model.id()), token))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("RED"));
        mvc.perform(bearer(get("/api/v1/models/{id}/monitoring/status", model.id()), token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.result.operational.servedRequests").value(10_000))
                .andExpect(jsonPath("$.result.operational.errorRate").value(0.07))
                .andExpect(jsonPath("$.result.operational.latencyP95").value(1200.0))
                .andExpect(jsonPath("$.result.operational.latencySource").value("serving statistics (worst period)"))
                .andExpect(jsonPath("$.result.operational.cpuPeak").value(0.42))
                .andExpect(jsonPath("$.result.operational.memoryPeakMb").value(1536.0));
    }
}
