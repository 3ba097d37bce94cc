package org.steward.fairness.api;

import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.steward.approval.ApprovalWorkflow;
import org.steward.approval.RiskLevel;
import org.steward.dataset.Datasets;
import org.steward.dataset.DatasetView;
import org.steward.fairness.FairnessAudits;
import org.steward.fairness.FairnessFixtures;
import org.steward.fairness.FairnessPolicies;
import org.steward.identity.ApiScope;
import org.steward.identity.ApiTokenManagement;
import org.steward.identity.Role;
import org.steward.identity.RunAs;
import org.steward.register.ModelRegister;
import org.steward.register.ModelView;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The fairness endpoints per role and scope: 401 without a token, 403 for a wrong scope or role, 2xx, 4xx. */
@SpringBootTest
@AutoConfigureMockMvc
class FairnessApiTest {

    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();
    private static final JsonMapper JSON = JsonMapper.builder().build();

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
    FairnessAudits audits;

    @Autowired
    FairnessPolicies policies;

    private FairnessFixtures f() {
        return new FairnessFixtures(runAs, register, workflow, datasets);
    }

    private String token(String username, Role role, ApiScope... scopes) {
        var key = username + ":" + role + ":" + List.of(scopes);
        return TOKENS.computeIfAbsent(key, k -> runAs.call(username, Set.of(role), () -> tokens.create(
                "fairness api test " + UUID.randomUUID(), EnumSet.copyOf(List.of(scopes)), 1)).secret());
    }

    private String dev() {
        return token("dev", Role.MODEL_DEVELOPER, ApiScope.REGISTER_READ, ApiScope.REGISTER_WRITE);
    }

    private String auditor() {
        return token("auditor", Role.AUDITOR, ApiScope.REGISTER_READ);
    }

    private String risk() {
        return token("risk", Role.RISK_OFFICER, ApiScope.REGISTER_READ, ApiScope.APPROVAL_WRITE);
    }

    private static MockHttpServletRequestBuilder bearer(MockHttpServletRequestBuilder request, String token) {
        return request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
    }

    private record Audited(ModelView model, DatasetView dataset) {
    }

    private Audited audited() {
        var f = f();
        var model = f.model(RiskLevel.MEDIUM);
        f.draft(model, "1.0.0");
        f.draft(model, "2.0.0");
        return new Audited(model, f.upload(model, "1.0.0", FairnessFixtures.unfair()).dataset());
    }

    @Test
    void readers_get_the_latest_audit_of_a_version_its_history_and_an_audit_by_id() throws Exception {
        var a = audited();

        var body = mvc.perform(bearer(get("/api/v1/models/{id}/versions/{label}/fairness", a.model().id(), "1.0.0"),
                        auditor()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.audit.verdict").value("FAIL"))
                .andExpect(jsonPath("$.audit.riskLevel").value("MEDIUM"))
                .andExpect(jsonPath("$.audit.datasetSha256").value(a.dataset().sha256()))
                .andExpect(jsonPath("$.result.attributes[0].name").value("sex"))
                .andExpect(jsonPath("$.result.attributes[0].measures[?(@.measure == 'DISPARATE_IMPACT')].verdict")
                        .value("FAIL"))
                .andReturn().getResponse().getContentAsString();
        var id = JSON.readTree(body).get("audit").get("id").asLong();

        mvc.perform(bearer(get("/api/v1/models/{id}/fairness-audits", a.model().id()), dev()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items", hasSize(1)))
                .andExpect(jsonPath("$.items[0].id").value(id));
        mvc.perform(bearer(get("/api/v1/fairness-audits/{id}", id), auditor()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.audit.versionLabel").value("1.0.0"));
    }

    @Test
    void a_version_without_an_audit_and_an_unknown_audit_are_not_found() throws Exception {
        var a = audited();

        mvc.perform(bearer(get("/api/v1/models/{id}/versions/{label}/fairness", a.model().id(), "2.0.0"), auditor()))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("Version 2.0.0 of model " + a.model().id()
                        + " has no fairness audit yet."));
        mvc.perform(bearer(get("/api/v1/fairness-audits/{id}", Long.MAX_VALUE), auditor()))
                .andExpect(status().isNotFound());
        mvc.perform(bearer(get("/api/v1/models/{id}/fairness-audits", a.model().id()).param("size", "0"), auditor()))
                .andExpect(status().isBadRequest());
    }

    @Test
    void developers_reaudit_with_the_current_policy_and_others_may_not() throws Exception {
        var a = audited();
        var url = "/api/v1/datasets/{id}/fairness-audits";

        mvc.perform(post(url, a.dataset().id())).andExpect(status().isUnauthorized());
        mvc.perform(bearer(post(url, a.dataset().id()), auditor())).andExpect(status().isForbidden());
        var owner = token("owner", Role.BUSINESS_OWNER, ApiScope.REGISTER_READ, ApiScope.REGISTER_WRITE);
        mvc.perform(bearer(post(url, a.dataset().id()), owner)).andExpect(status().isForbidden());
        mvc.perform(bearer(post(url, a.dataset().id()), dev()))
                .andExpect(status().isCreated())
                .andExpect(header().string(HttpHeaders.LOCATION, endsWith("/api/v1/fairness-audits/"
                        + runAs.call("auditor", Set.of(Role.AUDITOR), () -> audits.history(a.model().id(),
                        PageRequest.of(0, 1))).getFirst().id())))
                .andExpect(jsonPath("$.auditedBy").value("dev"))
                .andExpect(jsonPath("$.verdict").value("FAIL"));
        mvc.perform(bearer(post(url, Long.MAX_VALUE), dev())).andExpect(status().isNotFound());
    }

    @Test
    void end_users_read_no_audits() throws Exception {
        var a = audited();
        var endUser = token("enduser", Role.END_USER, ApiScope.REGISTER_READ);

        var id = runAs.call("auditor", Set.of(Role.AUDITOR), () -> audits.history(a.model().id(),
                PageRequest.of(0, 1))).getFirst().id();

        mvc.perform(bearer(get("/api/v1/fairness-audits/{id}", id), endUser)).andExpect(status().isForbidden());
        // end users do not even learn that an unapproved model exists
        mvc.perform(bearer(get("/api/v1/models/{id}/fairness-audits", a.model().id()), endUser))
                .andExpect(status().isNotFound());
        mvc.perform(bearer(get("/api/v1/fairness-policies"), endUser)).andExpect(status().isForbidden());
    }

    @Test
    void policies_are_read_by_readers_and_changed_by_risk_officers_only() throws Exception {
        mvc.perform(bearer(get("/api/v1/fairness-policies"), auditor()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(3)))
                .andExpect(jsonPath("$[0].riskLevel").value("HIGH"))
                .andExpect(jsonPath("$[0].spec.limits[0].measure").value("DEMOGRAPHIC_PARITY_RATIO"));
        mvc.perform(bearer(get("/api/v1/fairness-policies/LOW"), auditor()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[-1].version").value(1))
                .andExpect(jsonPath("$[-1].rationale").value("Initial policy"));

        var current = runAs.call("auditor", Set.of(Role.AUDITOR), () -> policies.current(RiskLevel.LOW));
        var spec = JSON.readTree(JSON.writeValueAsString(current.spec()));
        ((ObjectNode) spec).put("reauditDays", current.spec().reauditDays() == 250
                ? 251 : 250);
        var change = Map.of("spec", spec, "rationale", "Shorter re-audit cycle for low risk.",
                "expectedVersion", current.version());
        var url = "/api/v1/fairness-policies/LOW";

        var devWithApproval = token("dev", Role.MODEL_DEVELOPER, ApiScope.REGISTER_READ, ApiScope.APPROVAL_WRITE);
        mvc.perform(bearer(put(url), devWithApproval).contentType(MediaType.APPLICATION_JSON)
                        .content(JSON.writeValueAsString(change)))
                .andExpect(status().isForbidden());
        mvc.perform(bearer(put(url), token("risk", Role.RISK_OFFICER, ApiScope.REGISTER_READ))
                        .contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(change)))
                .andExpect(status().isForbidden());
        var shortWhy = Map.of("spec", spec, "rationale", "why", "expectedVersion", current.version());
        mvc.perform(bearer(put(url), risk()).contentType(MediaType.APPLICATION_JSON)
                        .content(JSON.writeValueAsString(shortWhy)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.rationale").exists());
        mvc.perform(bearer(put(url), risk()).contentType(MediaType.APPLICATION_JSON)
                        .content(JSON.writeValueAsString(change)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(current.version() + 1))
                .andExpect(jsonPath("$.changedBy").value("risk"));
        mvc.perform(bearer(put(url), risk()).contentType(MediaType.APPLICATION_JSON)
                        .content(JSON.writeValueAsString(change)))
                .andExpect(status().isConflict());
    }
}
