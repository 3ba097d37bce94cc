package org.steward.register.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.steward.identity.ApiScope;
import org.steward.identity.ApiTokenManagement;
import org.steward.identity.Role;
import org.steward.register.ModelRegister;

/** Registering, reading, updating and listing model versions through the API, including every kind of refusal. */
class VersionApiTest extends ApiTestSupport {

    @Autowired
    VersionApiTest(MockMvc mvc, ApiTokenManagement tokens, ModelRegister register) {
        super(mvc, tokens, register);
    }

    // ---- register -----------------------------------------------------------------------------------------

    @Test
    void developer_registers_a_version_and_gets_201() throws Exception {
        var modelId = createModel();

        var result = call(dev(), posting(versionBody("1.0.0"), VERSIONS, modelId))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.id").isNumber())
                .andExpect(jsonPath("$.modelId").value(modelId))
                .andExpect(jsonPath("$.label").value("1.0.0"))
                .andExpect(jsonPath("$.algorithm").value("Gradient boosting"))
                .andExpect(jsonPath("$.framework").value("XGBoost 2.1"))
                .andExpect(jsonPath("$.trainingDate").value("2025-01-15"))
                .andExpect(jsonPath("$.artifactSha256").value(SHA_A.toLowerCase()))
                .andExpect(jsonPath("$.trainingDataSha256").value(SHA_B))
                .andExpect(jsonPath("$.codeCommit").value("abc1234"))
                .andExpect(jsonPath("$.parentLabel").doesNotExist())
                .andExpect(jsonPath("$.stage").value("DEVELOPMENT"))
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.registeredBy").value("dev"))
                .andExpect(jsonPath("$.registeredAt").isString())
                .andExpect(jsonPath("$.version").value(0))
                .andReturn();

        assertThat(result.getResponse().getHeader(HttpHeaders.LOCATION))
                .endsWith("/api/v1/models/" + modelId + "/versions/1.0.0");
        assertThat(versionCount(modelId)).isEqualTo(1);
    }

    @Test
    void a_version_derived_from_another_records_its_parent() throws Exception {
        var modelId = createModel();
        createVersion(modelId, "1.0.0");

        call(token("dev2", Role.MODEL_DEVELOPER, ApiScope.REGISTER_READ, ApiScope.REGISTER_WRITE),
                posting(with(versionBody("1.1.0"), "parentLabel", "1.0.0"), VERSIONS, modelId))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.parentLabel").value("1.0.0"))
                .andExpect(jsonPath("$.registeredBy").value("dev2"));
    }

    @Test
    void a_label_with_build_metadata_can_be_registered_and_read_back() throws Exception {
        var modelId = createModel();

        var result = call(dev(), posting(versionBody("2.0.0+build.7"), VERSIONS, modelId))
                .andExpect(status().isCreated()).andReturn();

        var location = result.getResponse().getHeader(HttpHeaders.LOCATION);
        assertThat(location).endsWith("/versions/2.0.0+build.7");
        call(dev(), getting(VERSION, modelId, "2.0.0+build.7"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.label").value("2.0.0+build.7"));
    }

    @Test
    void bad_sha256_is_refused_with_a_field_error_and_nothing_is_stored() throws Exception {
        var modelId = createModel();

        call(dev(), posting(with(versionBody("1.0.0"), "artifactSha256", "abc123"), VERSIONS, modelId))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(endsWith("/invalid-input")))
                .andExpect(jsonPath("$.errors.artifactSha256").value("must be a SHA-256: 64 hexadecimal characters"));
        call(dev(), posting(with(versionBody("1.0.0"), "trainingDataSha256", "g".repeat(64)), VERSIONS, modelId))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.trainingDataSha256").isString());
        call(dev(), posting(with(versionBody("1.0.0"), "codeCommit", "not-a-commit"), VERSIONS, modelId))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.codeCommit").isString());

        assertThat(versionCount(modelId)).isZero();
    }

    @Test
    void blank_or_malformed_label_is_refused_and_nothing_is_stored() throws Exception {
        var modelId = createModel();

        call(dev(), posting(with(versionBody("1.0.0"), "label", " "), VERSIONS, modelId))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.label").isString());
        call(dev(), posting(with(versionBody("1.0.0"), "label", "1.0 final"), VERSIONS, modelId))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.label").value(containsString("semantic version")));
        call(dev(), posting(without(versionBody("1.0.0"), "algorithm"), VERSIONS, modelId))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.algorithm").isString());

        assertThat(versionCount(modelId)).isZero();
    }

    @Test
    void unknown_stage_is_refused_with_a_field_error_and_nothing_is_stored() throws Exception {
        var modelId = createModel();

        call(dev(), posting(with(versionBody("1.0.0"), "stage", "LIVE"), VERSIONS, modelId))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.stage").value(containsString("one of DEVELOPMENT, STAGING")));
        call(dev(), posting(without(versionBody("1.0.0"), "stage"), VERSIONS, modelId))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.stage").value("choose a stage"));

        assertThat(versionCount(modelId)).isZero();
    }

    @Test
    void a_draft_cannot_be_registered_in_production() throws Exception {
        var modelId = createModel();

        call(dev(), posting(with(versionBody("1.0.0"), "stage", "PRODUCTION"), VERSIONS, modelId))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.stage").value(containsString("only an approved version")));

        assertThat(versionCount(modelId)).isZero();
    }

    @Test
    void unknown_parent_and_future_training_date_are_refused() throws Exception {
        var modelId = createModel();
        var body = with(with(versionBody("1.0.0"), "parentLabel", "0.9.0"),
                "trainingDate", LocalDate.now().plusDays(30).toString());

        call(dev(), posting(body, VERSIONS, modelId))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.parentLabel").value(containsString("no version 0.9.0")))
                .andExpect(jsonPath("$.errors.trainingDate").value("the training date cannot be in the future"));

        assertThat(versionCount(modelId)).isZero();
    }

    @Test
    void duplicate_version_label_is_refused_and_nothing_is_stored() throws Exception {
        var modelId = createModel();
        createVersion(modelId, "1.0.0");

        call(dev(), posting(versionBody("1.0.0"), VERSIONS, modelId))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors.label").value(containsString("already registered")));
        call(dev(), posting(versionBody("v1.0.0"), VERSIONS, modelId)).andExpect(status().isCreated());
        call(dev(), posting(versionBody("V1.0.0"), VERSIONS, modelId))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors.label").isString());

        assertThat(versionCount(modelId)).isEqualTo(2);
    }

    @Test
    void malformed_json_is_refused_with_400_and_nothing_is_stored() throws Exception {
        var modelId = createModel();

        call(dev(), posting("{\"label\": \"1.0.0\" \"stage\": \"DEVELOPMENT\"}", VERSIONS, modelId))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(endsWith("/unreadable")));
        call(dev(), posting(with(versionBody("1.0.0"), "trainingDate", "2025-02-30"), VERSIONS, modelId))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.trainingDate").isString());

        assertThat(versionCount(modelId)).isZero();
    }

    @Test
    void registering_a_version_of_an_unknown_model_gives_404() throws Exception {
        call(dev(), posting(versionBody("1.0.0"), VERSIONS, Long.MAX_VALUE))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value(endsWith("/not-found")));
    }

    // ---- read and list --------------------------------------------------------------------------------------

    @Test
    void listing_versions_returns_them_newest_first_in_a_page_envelope() throws Exception {
        var modelId = createModel();
        for (var label : List.of("1.0.0", "1.1.0", "2.0.0")) {
            createVersion(modelId, label);
        }

        call(auditor(), getting(VERSIONS, modelId))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.page").value(0))
                .andExpect(jsonPath("$.size").value(20))
                .andExpect(jsonPath("$.total").value(3))
                .andExpect(jsonPath("$.items[*].label", contains("2.0.0", "1.1.0", "1.0.0")));
        call(auditor(), getting(VERSIONS, modelId).param("page", "1").param("size", "2"))
                .andExpect(jsonPath("$.total").value(3))
                .andExpect(jsonPath("$.items[*].label", contains("1.0.0")));
        call(auditor(), getting(VERSIONS, modelId).param("size", "500"))
                .andExpect(jsonPath("$.size").value(100));
        call(auditor(), getting(VERSIONS, modelId).param("page", "-3"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.page").isString());
    }

    @Test
    void listing_versions_of_an_unknown_model_gives_404() throws Exception {
        call(auditor(), getting(VERSIONS, Long.MAX_VALUE)).andExpect(status().isNotFound());
    }

    @Test
    void reading_a_version_returns_its_details() throws Exception {
        var modelId = demoModelId("Retail credit scoring");

        call(auditor(), getting(VERSION, modelId, "1.1.0"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.label").value("1.1.0"))
                .andExpect(jsonPath("$.status").value("DEPLOYED"))
                .andExpect(jsonPath("$.stage").value("PRODUCTION"))
                .andExpect(jsonPath("$.artifactSha256").value(matchesPattern("[0-9a-f]{64}")));
    }

    @Test
    void reading_a_version_returns_the_label_of_its_parent() throws Exception {
        var modelId = createModel();
        createVersion(modelId, "1.0.0");
        call(dev(), posting(with(versionBody("1.1.0"), "parentLabel", "1.0.0"), VERSIONS, modelId))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.parentLabel").value("1.0.0"));

        call(auditor(), getting(VERSION, modelId, "1.1.0"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.parentLabel").value("1.0.0"));
    }

    @Test
    void a_version_with_a_parent_read_from_the_api_can_be_sent_back_unchanged() throws Exception {
        var modelId = demoModelId("Retail credit scoring");
        var read = call(dev(), getting(VERSION, modelId, "1.1.0")).andExpect(status().isOk()).andReturn();
        long lockVersion = number(read, "$.version");

        call(dev(), putting(read.getResponse().getContentAsString(), VERSION, modelId, "1.1.0"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(lockVersion));
    }

    @Test
    void unknown_label_or_model_gives_404() throws Exception {
        var modelId = demoModelId("Retail credit scoring");

        call(auditor(), getting(VERSION, modelId, "9.9.9"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value(containsString("no version '9.9.9'")));
        call(auditor(), getting(VERSION, Long.MAX_VALUE, "1.0.0")).andExpect(status().isNotFound());
    }

    // ---- update ---------------------------------------------------------------------------------------------

    @Test
    void developer_updates_a_version_and_its_version_increases() throws Exception {
        var modelId = createModel();
        createVersion(modelId, "1.0.0");

        call(dev(), putting(with(with(versionBody("1.0.0"), "stage", "STAGING"), "version", 0),
                VERSION, modelId, "1.0.0"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.stage").value("STAGING"))
                .andExpect(jsonPath("$.version").value(1));

        assertThat(versionLockVersion(modelId, "1.0.0")).isEqualTo(1);
    }

    @Test
    void the_label_may_be_left_out_of_an_update() throws Exception {
        var modelId = createModel();
        createVersion(modelId, "1.0.0");

        call(dev(), putting(with(without(versionBody("1.0.0"), "label"), "version", 0), VERSION, modelId, "1.0.0"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.label").value("1.0.0"));
    }

    @Test
    void a_version_read_from_the_api_can_be_sent_back_to_update_it() throws Exception {
        var modelId = createModel();
        createVersion(modelId, "1.0.0");
        var read = call(dev(), getting(VERSION, modelId, "1.0.0")).andReturn().getResponse().getContentAsString();
        var edited = read.replace("\"framework\":\"XGBoost 2.1\"", "\"framework\":\"XGBoost 3.0\"");
        assertThat(edited).isNotEqualTo(read);

        call(dev(), putting(edited, VERSION, modelId, "1.0.0"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.framework").value("XGBoost 3.0"));
    }

    @Test
    void update_without_version_is_refused_with_a_field_error_and_nothing_changes() throws Exception {
        var modelId = createModel();
        createVersion(modelId, "1.0.0");

        call(dev(), putting(with(versionBody("1.0.0"), "algorithm", "Changed"), VERSION, modelId, "1.0.0"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.version").isString());

        call(dev(), getting(VERSION, modelId, "1.0.0"))
                .andExpect(jsonPath("$.algorithm").value("Gradient boosting"))
                .andExpect(jsonPath("$.version").value(0));
    }

    @Test
    void update_with_a_stale_version_gives_409_and_nothing_changes() throws Exception {
        var modelId = createModel();
        createVersion(modelId, "1.0.0");
        call(dev(), putting(with(with(versionBody("1.0.0"), "algorithm", "First"), "version", 0),
                VERSION, modelId, "1.0.0")).andExpect(status().isOk());

        call(dev(), putting(with(with(versionBody("1.0.0"), "algorithm", "Second"), "version", 0),
                VERSION, modelId, "1.0.0"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value(endsWith("/conflict")));

        call(dev(), getting(VERSION, modelId, "1.0.0"))
                .andExpect(jsonPath("$.algorithm").value("First"))
                .andExpect(jsonPath("$.version").value(1));
    }

    @Test
    void update_with_invalid_details_is_refused_and_nothing_changes() throws Exception {
        var modelId = createModel();
        createVersion(modelId, "1.0.0");

        call(dev(), putting(with(with(versionBody("1.0.0"), "artifactSha256", "deadbeef"), "version", 0),
                VERSION, modelId, "1.0.0"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.artifactSha256").isString());
        call(dev(), putting(with(with(versionBody("1.0.0"), "label", "1.0.1"), "version", 0),
                VERSION, modelId, "1.0.0"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.label").value(containsString("cannot change")));
        call(dev(), putting(with(with(versionBody("1.0.0"), "parentLabel", "1.0.0"), "version", 0),
                VERSION, modelId, "1.0.0"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.parentLabel").value("a version cannot be its own parent"));
        call(dev(), putting(with(with(versionBody("1.0.0"), "stage", "SHIPPED"), "version", 0),
                VERSION, modelId, "1.0.0"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.stage").isString());

        call(dev(), getting(VERSION, modelId, "1.0.0"))
                .andExpect(jsonPath("$.artifactSha256").value(SHA_A.toLowerCase()))
                .andExpect(jsonPath("$.version").value(0));
    }

    @Test
    void lineage_of_a_version_that_left_draft_is_frozen_with_409() throws Exception {
        var modelId = demoModelId("Retail credit scoring");
        var read = call(dev(), getting(VERSION, modelId, "1.1.0")).andExpect(status().isOk()).andReturn();
        long lockVersion = number(read, "$.version");
        String sha = read(read, "$.artifactSha256");
        var changedSha = read.getResponse().getContentAsString().replace(sha, "f".repeat(64));

        call(dev(), putting(changedSha, VERSION, modelId, "1.1.0"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("frozen")));

        assertThat(versionLockVersion(modelId, "1.1.0")).isEqualTo(lockVersion);
    }

    @Test
    void updating_an_unknown_label_gives_404() throws Exception {
        var modelId = createModel();

        call(dev(), putting(with(versionBody("3.0.0"), "version", 0), VERSION, modelId, "3.0.0"))
                .andExpect(status().isNotFound());
    }
}
