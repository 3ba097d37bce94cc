package org.steward.monitoring.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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
import org.steward.approval.ApprovalFixtures;
import org.steward.approval.ApprovalWorkflow;
import org.steward.identity.ApiScope;
import org.steward.identity.ApiTokenManagement;
import org.steward.identity.Role;
import org.steward.identity.RunAs;
import org.steward.monitoring.Monitoring;
import org.steward.monitoring.MonitoringFixtures;
import org.steward.monitoring.MonitoringIngest;
import org.steward.register.ModelRegister;
import org.steward.register.ModelView;

/**
 * The pipeline reports back on a retraining request: accepted, started, completed with the version it registered;
 * the rules on states, versions and scopes, and the ledger entries.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RetrainingApiTest {

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
    MonitoringIngest ingest;

    @Autowired
    Monitoring monitoring;

    @Autowired
    JdbcTemplate jdbc;

    private String token(ApiScope... scopes) {
        return runAs.call("dev", Set.of(Role.MODEL_DEVELOPER), () -> tokens.create("retraining test "
                + UUID.randomUUID(), EnumSet.copyOf(List.of(scopes)), 1)).secret();
    }

    private static MockHttpServletRequestBuilder bearer(MockHttpServletRequestBuilder request, String token) {
        return request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token).contentType(MediaType.APPLICATION_JSON);
    }

    /** A RED evaluation of a drifted window: an open alert that requested retraining. */
    private long redAlert(ModelView model) {
        var f = new MonitoringFixtures(runAs, register, workflow);
        f.asDev(() -> ingest.recordBaseline(model.id(), "1.0.0",
                MonitoringFixtures.json(MonitoringFixtures.rows(500, 0, null)), "test rows"));
        f.asDev(() -> ingest.acceptBatch(model.id(), "1.0.0", "b-1",
                MonitoringFixtures.json(MonitoringFixtures.rows(500, 400, "t-"))));
        f.asDev(() -> monitoring.evaluateNow(model.id(), "1.0.0"));
        return runAs.call("owner", Set.of(Role.BUSINESS_OWNER), () -> monitoring.openAlert(model.id()))
                .orElseThrow().id();
    }

    private long ledgerEntries(long modelId) {
        return jdbc.queryForObject("select count(*) from ledger_entry where action = 'RETRAINING_REPORTED' and "
                + "subject = ?", Long.class, "model:" + modelId);
    }

    @Test
    void the_pipeline_reports_accepted_started_and_completed_with_the_new_version() throws Exception {
        var model = new MonitoringFixtures(runAs, register, workflow).model();
        long alert = redAlert(model);
        var writer = token(ApiScope.MONITORING_WRITE, ApiScope.REGISTER_READ);
        var url = "/api/v1/monitoring/alerts/{id}/retraining";

        mvc.perform(bearer(post(url, alert), writer).content("{\"state\":\"ACCEPTED\",\"note\":\"queued as job 7\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.state").value("ACCEPTED"))
                .andExpect(jsonPath("$.reportedBy").value("dev"));
        mvc.perform(bearer(post(url, alert), writer).content("{\"state\":\"STARTED\"}"))
                .andExpect(status().isCreated());
        // completing needs the version the retraining registered, and that version must exist
        mvc.perform(bearer(post(url, alert), writer).content("{\"state\":\"COMPLETED\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.version").value("name the version the retraining registered"));
        mvc.perform(bearer(post(url, alert), writer).content("{\"state\":\"COMPLETED\",\"version\":\"9.9.9\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.version").value(
                        "version '9.9.9' is not registered for this model; register it first"));
        new ApprovalFixtures(runAs, register, workflow, null).draft(model, "1.1.0");
        mvc.perform(bearer(post(url, alert), writer).content("{\"state\":\"COMPLETED\",\"version\":\"1.1.0\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.versionLabel").value("1.1.0"));
        mvc.perform(bearer(post(url, alert), writer).content("{\"state\":\"FAILED\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("The retraining of alert " + alert
                        + " is COMPLETED; it takes no further report."));

        mvc.perform(bearer(get(url, alert), token(ApiScope.REGISTER_READ)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(3))
                .andExpect(jsonPath("$[0].state").value("ACCEPTED"))
                .andExpect(jsonPath("$[0].note").value("queued as job 7"))
                .andExpect(jsonPath("$[2].state").value("COMPLETED"));
        assertThat(ledgerEntries(model.id())).isEqualTo(3);
    }

    @Test
    void backwards_moves_bad_states_wrong_scopes_and_unknown_alerts_are_refused_and_store_nothing() throws Exception {
        var model = new MonitoringFixtures(runAs, register, workflow).model();
        long alert = redAlert(model);
        var writer = token(ApiScope.MONITORING_WRITE);
        var url = "/api/v1/monitoring/alerts/{id}/retraining";
        mvc.perform(bearer(post(url, alert), writer).content("{\"state\":\"STARTED\"}"))
                .andExpect(status().isCreated());

        mvc.perform(bearer(post(url, alert), writer).content("{\"state\":\"ACCEPTED\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("The retraining of alert " + alert
                        + " is STARTED; it can go on to [COMPLETED, FAILED], not ACCEPTED."));
        mvc.perform(bearer(post(url, alert), writer).content("{\"state\":\"DONE\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(bearer(post(url, alert), writer).content("{}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.state").exists());
        mvc.perform(bearer(post(url, alert), writer).content("{\"state\":\"FAILED\",\"note\":\"" + "x".repeat(2001)
                        + "\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.note").exists());
        mvc.perform(bearer(post(url, alert), token(ApiScope.REGISTER_READ)).content("{\"state\":\"FAILED\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(bearer(post(url, 999_999), writer).content("{\"state\":\"FAILED\"}"))
                .andExpect(status().isNotFound());

        assertThat(jdbc.queryForObject("select count(*) from monitoring_retraining_report where alert_id = ?",
                Long.class, alert)).isEqualTo(1);
        assertThat(ledgerEntries(model.id())).isEqualTo(1);
    }
}
