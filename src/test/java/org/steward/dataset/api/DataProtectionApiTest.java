package org.steward.dataset.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.steward.dataset.DatasetProtection;
import org.steward.dataset.DatasetTestSupport;
import org.steward.dataset.DatasetView;
import org.steward.dataset.Progress;
import org.steward.dataset.SampleCsv;
import org.steward.identity.ApiScope;
import org.steward.identity.ApiTokenManagement;
import org.steward.identity.Role;

/** Raw-data download and erasure over REST: grant, reason, scope, ledger; and the data-protection facts. */
class DataProtectionApiTest extends DatasetTestSupport {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApiTokenManagement tokens;

    @Autowired
    DatasetProtection protection;

    private String token(String username, Role role, ApiScope... scopes) {
        return as(username, role, () -> tokens.create("protection api test " + UUID.randomUUID(),
                EnumSet.copyOf(List.of(scopes)), 1)).secret();
    }

    private DatasetView storedSample() {
        var model = modelWithVersion();
        var file = file("api.csv", SampleCsv.binary(20));
        return asDev(() -> datasets.upload(model.id(), "1.0.0", file, "api.csv", SampleCsv.binaryMapping(),
                Progress.NONE)).dataset();
    }

    private long ledger(String action, long modelId) {
        return jdbc.queryForObject("select count(*) from ledger_entry where action = ? and subject = ?", Long.class,
                action, "model:" + modelId);
    }

    @Test
    void a_download_needs_the_grant_and_a_reason_and_sends_the_stored_csv() throws Exception {
        var dataset = storedSample();
        var auditor = token("auditor", Role.AUDITOR, ApiScope.REGISTER_READ);
        var download = post("/api/v1/datasets/{id}:download", dataset.id()).contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + auditor);

        mvc.perform(download.content("{\"reason\": \"audit\"}")).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(Matchers.startsWith("Downloading raw samples needs the raw-data")));
        as("admin", Role.ADMIN, () -> protection.grant("auditor", "API audit"));
        try {
            mvc.perform(download.content("{\"reason\": \"\"}")).andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors.reason").value("say why you need the raw data"));
            assertThat(ledger("DATASET_DOWNLOADED", dataset.modelId())).isZero();

            var body = mvc.perform(download.content("{\"reason\": \"Recompute the AUC independently\"}"))
                    .andExpect(status().isOk())
                    .andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION,
                            Matchers.startsWith("attachment; filename=\"api.csv\"")))
                    .andExpect(header().string(HttpHeaders.CACHE_CONTROL, "no-store"))
                    .andExpect(content().contentTypeCompatibleWith("text/csv"))
                    .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

            assertThat(body).startsWith(SampleCsv.BINARY_HEADER + "\n").hasLineCount(21);
            assertThat(ledger("DATASET_DOWNLOADED", dataset.modelId())).isEqualTo(1);
        } finally {
            as("admin", Role.ADMIN, () -> {
                protection.revoke("auditor", "done");
                return null;
            });
        }
    }

    @Test
    void a_risk_officer_erases_over_the_api_and_the_dataset_says_purged() throws Exception {
        var dataset = storedSample();
        var risk = token("risk", Role.RISK_OFFICER, ApiScope.REGISTER_READ, ApiScope.APPROVAL_WRITE);
        var dev = token("dev", Role.MODEL_DEVELOPER, ApiScope.REGISTER_READ, ApiScope.REGISTER_WRITE);
        var erase = post("/api/v1/datasets/{id}:erase", dataset.id()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"rationale\": \"Art. 17 request 2026-31\"}");

        mvc.perform(erase.header(HttpHeaders.AUTHORIZATION, "Bearer " + dev)).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/datasets/{id}:erase", dataset.id()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"rationale\": \"Art. 17 request 2026-31\"}")
                        .header(HttpHeaders.AUTHORIZATION, "Bearer " + risk))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.purgeReason").value("Art. 17 request 2026-31"))
                .andExpect(jsonPath("$.purgedAt").isNotEmpty())
                .andExpect(jsonPath("$.keyId").doesNotExist())
                .andExpect(jsonPath("$.sha256").value(dataset.sha256()));

        assertThat(ledger("DATASET_ERASED", dataset.modelId())).isEqualTo(1);
        mvc.perform(get("/api/v1/datasets/{id}", dataset.id()).header(HttpHeaders.AUTHORIZATION, "Bearer " + dev))
                .andExpect(status().isOk()).andExpect(jsonPath("$.purgedAt").isNotEmpty());
    }

    @Test
    void the_facts_of_a_model_are_readable_with_the_read_scope() throws Exception {
        var dataset = storedSample();
        var auditor = token("auditor", Role.AUDITOR, ApiScope.REGISTER_READ);

        mvc.perform(get("/api/v1/models/{id}/data-protection", dataset.modelId())
                        .header(HttpHeaders.AUTHORIZATION, "Bearer " + auditor))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.retentionDays").value(180))
                .andExpect(jsonPath("$.retentionFromTier").value(true))
                .andExpect(jsonPath("$.legalHold").value(false));
    }
}
