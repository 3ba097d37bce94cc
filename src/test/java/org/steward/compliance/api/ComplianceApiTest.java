package org.steward.compliance.api;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.steward.approval.ApprovalFixtures;
import org.steward.approval.ApprovalWorkflow;
import org.steward.identity.ApiScope;
import org.steward.identity.ApiTokenManagement;
import org.steward.identity.Role;
import org.steward.identity.RunAs;
import org.steward.register.EuRiskCategory;
import org.steward.register.InternalRiskTier;
import org.steward.register.ModelRegister;

/** The compliance endpoints per role and scope: 401 without a token, 403 for a wrong role, files, 400 on bad input. */
@SpringBootTest
@AutoConfigureMockMvc
class ComplianceApiTest {

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

    private String token(String username, Role role) {
        return TOKENS.computeIfAbsent(username + ":" + role, k -> runAs.call(username, Set.of(role), () -> tokens.create(
                "compliance api test " + UUID.randomUUID(), EnumSet.of(ApiScope.REGISTER_READ), 1)).secret());
    }

    private static MockHttpServletRequestBuilder bearer(MockHttpServletRequestBuilder request, String token) {
        return request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
    }

    private long highRiskModel() {
        return new ApprovalFixtures(runAs, register, workflow, null).model(EuRiskCategory.HIGH, InternalRiskTier.HIGH)
                .id();
    }

    @Test
    void an_auditor_reads_the_frameworks_and_a_models_assessment() throws Exception {
        var id = highRiskModel();
        var auditor = token("auditor", Role.AUDITOR);

        mvc.perform(bearer(get("/api/v1/compliance/frameworks"), auditor))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(3)))
                .andExpect(jsonPath("$[0].framework.code").value("eu-ai-act"))
                .andExpect(jsonPath("$[0].framework.requirements[0].reference").value("Art. 9"))
                .andExpect(jsonPath("$[0].contentSha256").isString());
        mvc.perform(bearer(get("/api/v1/models/{id}/compliance", id), auditor))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.modelId").value(id))
                .andExpect(jsonPath("$.frameworks[0].code").value("eu-ai-act"))
                .andExpect(jsonPath("$.frameworks[0].applies").value(true))
                .andExpect(jsonPath("$.frameworks[2].status").value("NOT_APPLICABLE"))
                .andExpect(jsonPath("$.frameworks[0].requirements[5].gaps[0].role").value("RISK_OFFICER"))
                .andExpect(jsonPath("$.overall").isString());
        mvc.perform(bearer(get("/api/v1/models/{id}/compliance?asOf=2020-01-01", id), auditor))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.versionLabel").doesNotExist());
    }

    @Test
    void reports_download_as_files_with_the_ledger_head_and_bad_formats_or_dates_are_refused() throws Exception {
        var id = highRiskModel();
        var auditor = token("auditor", Role.AUDITOR);

        mvc.perform(bearer(get("/api/v1/models/{id}/compliance/report?format=csv", id), auditor))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION, startsWith("attachment; filename=")))
                .andExpect(content().string(startsWith("generated_at,as_of,ledger_head_seq,ledger_head_hash")));
        mvc.perform(bearer(get("/api/v1/compliance/report?format=JSON"), auditor))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.scope").value("register"))
                .andExpect(jsonPath("$.ledger.intact").value(true))
                .andExpect(jsonPath("$.models.length()", greaterThanOrEqualTo(14)));
        mvc.perform(bearer(get("/api/v1/models/{id}/compliance/report", id), auditor))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf"));

        mvc.perform(bearer(get("/api/v1/models/{id}/compliance/report?format=docx", id), auditor))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.format").value("'docx' is not one of pdf, csv, json"));
        mvc.perform(bearer(get("/api/v1/compliance/report?asOf=2099-01-01"), auditor))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.asOf", containsString("is in the future")));
        mvc.perform(bearer(get("/api/v1/compliance/report?asOf=yesterday"), auditor))
                .andExpect(status().isBadRequest());
    }

    @Test
    void the_summary_and_model_list_are_for_risk_officers_and_auditors() throws Exception {
        mvc.perform(bearer(get("/api/v1/compliance/summary"), token("risk", Role.RISK_OFFICER)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.frameworks", hasSize(3)))
                .andExpect(jsonPath("$.issues.PRODUCTION_WITHOUT_APPROVAL").isNumber());
        mvc.perform(bearer(get("/api/v1/compliance/models?flag=PRODUCTION_WITHOUT_APPROVAL&sort=gaps&direction=desc"),
                        token("auditor", Role.AUDITOR)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].issues", org.hamcrest.Matchers.hasItem("PRODUCTION_WITHOUT_APPROVAL")));
        mvc.perform(bearer(get("/api/v1/compliance/models?size=500"), token("auditor", Role.AUDITOR)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.size").exists());

        mvc.perform(bearer(get("/api/v1/compliance/summary"), token("owner", Role.BUSINESS_OWNER)))
                .andExpect(status().isForbidden());
        mvc.perform(bearer(get("/api/v1/compliance/report"), token("owner", Role.BUSINESS_OWNER)))
                .andExpect(status().isForbidden());
        mvc.perform(bearer(get("/api/v1/models/{id}/compliance", highRiskModel()), token("dev", Role.MODEL_DEVELOPER)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/compliance/frameworks")).andExpect(status().isUnauthorized());
    }
}
