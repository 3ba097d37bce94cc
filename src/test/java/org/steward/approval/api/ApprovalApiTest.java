package org.steward.approval.api;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.steward.approval.ApprovalFixtures;
import org.steward.approval.ApprovalWorkflow;
import org.steward.identity.ApiScope;
import org.steward.identity.ApiTokenManagement;
import org.steward.identity.Role;
import org.steward.identity.RunAs;
import org.steward.register.ApprovalStatus;
import org.steward.register.ModelRegister;
import org.steward.register.ModelView;
import tools.jackson.databind.json.JsonMapper;

/** The approval endpoints per role and scope: 401 without a token, 403 for the wrong scope or role, 2xx, 400, 409. */
@SpringBootTest
@AutoConfigureMockMvc
class ApprovalApiTest {

    private static final String ACTION = "/api/v1/models/{id}/versions/{label}/{action}";
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

    ApprovalFixtures f;

    @BeforeEach
    void setUp() {
        f = new ApprovalFixtures(runAs, register, workflow, null);
    }

    private String token(String username, Role role, ApiScope... scopes) {
        var key = username + ":" + List.of(scopes);
        return TOKENS.computeIfAbsent(key, k -> runAs.call(username, Set.of(role), () -> tokens.create(
                "approval api test " + UUID.randomUUID(), EnumSet.copyOf(List.of(scopes)), 1)).secret());
    }

    private String dev() {
        return token("dev", Role.MODEL_DEVELOPER, ApiScope.REGISTER_READ, ApiScope.APPROVAL_WRITE);
    }

    private String owner() {
        return token("owner", Role.BUSINESS_OWNER, ApiScope.REGISTER_READ, ApiScope.APPROVAL_WRITE);
    }

    private static Map<String, Object> body(String rationale, @Nullable Long version) {
        var body = new LinkedHashMap<String, Object>();
        body.put("rationale", rationale);
        body.put("version", version);
        return body;
    }

    private ResultActions call(@Nullable String token, MockHttpServletRequestBuilder request) throws Exception {
        if (token != null) {
            request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
        }
        return mvc.perform(request);
    }

    private static MockHttpServletRequestBuilder action(Object body, ModelView model, String label, String action) {
        return post(ACTION, model.id(), label, action).accept(MediaType.APPLICATION_JSON)
                .contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(body));
    }

    @Test
    void developer_submits_and_owner_approves_with_conditions() throws Exception {
        var model = f.lowRisk();
        var v = f.draft(model, "1.0.0");

        call(dev(), action(body("Ready for review, please.", v.version()), model, "1.0.0", "submit"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SUBMITTED"))
                .andExpect(jsonPath("$.decision.kind").value("SUBMIT"))
                .andExpect(jsonPath("$.decision.actor").value("dev"));
        var lock = f.current(model, "1.0.0").version();
        var approval = body("Meets every KPI target.", lock);
        approval.put("conditions", List.of(Map.of("text", "Re-validate on Q3 data",
                "due", LocalDate.now().plusMonths(3).toString())));
        call(owner(), action(approval, model, "1.0.0", "approve"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("APPROVED"))
                .andExpect(jsonPath("$.stage").value("STAGING"))
                .andExpect(jsonPath("$.version").value(lock + 1))
                .andExpect(jsonPath("$.decision.actedAs").value("BUSINESS_OWNER"))
                .andExpect(jsonPath("$.decision.conditions[0].text").value("Re-validate on Q3 data"))
                .andExpect(jsonPath("$.decision.gates[0].gate").value("Business objective and KPIs"));

        call(token("auditor", Role.AUDITOR, ApiScope.REGISTER_READ),
                get(ACTION, model.id(), "1.0.0", "decisions").accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].kind").value(org.hamcrest.Matchers.contains("SUBMIT", "APPROVE")))
                .andExpect(jsonPath("$[1].rationale").value("Meets every KPI target."));
        call(token("risk", Role.RISK_OFFICER, ApiScope.REGISTER_READ),
                get(ACTION, model.id(), "1.0.0", "gates").accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].gate").value(hasItem("Lineage recorded")))
                .andExpect(jsonPath("$[?(@.gate == 'Lineage recorded')].outcome").value(hasItem("PASS")));
    }

    @Test
    void deploy_suspend_and_retire_through_the_api() throws Exception {
        var model = f.lowRisk();
        var v = f.submitted(model, "1.0.0");
        call(owner(), action(body("Meets every KPI target.", v.version()), model, "1.0.0", "approve"))
                .andExpect(status().isOk());
        for (var step : List.of("deploy", "suspend", "retire")) {
            var lock = f.current(model, "1.0.0").version();
            call(dev(), action(body("Operating step: " + step, lock), model, "1.0.0", step))
                    .andExpect(status().isOk());
        }
        call(dev(), get("/api/v1/models/{id}/versions/{label}", model.id(), "1.0.0").accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("RETIRED"))
                .andExpect(jsonPath("$.stage").value("RETIRED"));
    }

    @Test
    void without_a_token_401() throws Exception {
        var model = f.lowRisk();
        var v = f.draft(model, "1.0.0");

        call(null, action(body("Ready for review, please.", v.version()), model, "1.0.0", "submit"))
                .andExpect(status().isUnauthorized());
        call(null, get(ACTION, model.id(), "1.0.0", "decisions")).andExpect(status().isUnauthorized());
    }

    @Test
    void without_the_approval_write_scope_403_and_nothing_changes() throws Exception {
        var model = f.lowRisk();
        var v = f.draft(model, "1.0.0");

        call(token("dev", Role.MODEL_DEVELOPER, ApiScope.REGISTER_READ, ApiScope.REGISTER_WRITE),
                action(body("Ready for review, please.", v.version()), model, "1.0.0", "submit"))
                .andExpect(status().isForbidden());
        call(token("dev", Role.MODEL_DEVELOPER, ApiScope.APPROVAL_WRITE),
                get(ACTION, model.id(), "1.0.0", "decisions")).andExpect(status().isForbidden());
        org.assertj.core.api.Assertions.assertThat(f.current(model, "1.0.0").status()).isEqualTo(ApprovalStatus.DRAFT);
    }

    @Test
    void roles_that_may_not_decide_get_403_and_nothing_changes() throws Exception {
        var model = f.lowRisk();
        var v = f.submitted(model, "1.0.0");
        var approve = body("I would like to approve this.", v.version());

        // a developer may hold approval:write (to submit) but never approves
        call(dev(), action(approve, model, "1.0.0", "approve")).andExpect(status().isForbidden());
        // a risk officer does not review low-risk models; another business owner not someone else's model
        call(token("risk", Role.RISK_OFFICER, ApiScope.REGISTER_READ, ApiScope.APPROVAL_WRITE),
                action(approve, model, "1.0.0", "approve"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(containsString("business owner (owner)")));
        call(token("owner2", Role.BUSINESS_OWNER, ApiScope.REGISTER_READ, ApiScope.APPROVAL_WRITE),
                action(approve, model, "1.0.0", "reject")).andExpect(status().isForbidden());
        // end users read nothing of the workflow
        call(token("enduser", Role.END_USER, ApiScope.REGISTER_READ), get(ACTION, model.id(), "1.0.0", "gates"))
                .andExpect(status().isForbidden());
        org.assertj.core.api.Assertions.assertThat(f.current(model, "1.0.0").status())
                .isEqualTo(ApprovalStatus.SUBMITTED);
    }

    @Test
    void stale_versions_and_forbidden_transitions_are_409() throws Exception {
        var model = f.lowRisk();
        var v = f.submitted(model, "1.0.0");

        call(owner(), action(body("Approving an old copy.", v.version() - 1), model, "1.0.0", "approve"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("reload")));
        call(owner(), action(body("Reject: KPI targets missed.", v.version()), model, "1.0.0", "reject"))
                .andExpect(status().isOk());
        call(dev(), action(body("Deploy it regardless.", v.version() + 1), model, "1.0.0", "deploy"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value(endsWith("/conflict")))
                .andExpect(jsonPath("$.detail").value("A Rejected version cannot be deployed; register a new version."));
    }

    @Test
    void bad_input_is_400_and_unknown_versions_404() throws Exception {
        var model = f.lowRisk();
        var v = f.draft(model, "1.0.0");

        call(dev(), action(body("short", v.version()), model, "1.0.0", "submit"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.rationale").isString());
        call(dev(), action(body("Ready for review, please.", null), model, "1.0.0", "submit"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.version").isString());
        call(dev(), action(body("Ready for review, please.", v.version()), model, "9.9.9", "submit"))
                .andExpect(status().isNotFound());
    }
}
