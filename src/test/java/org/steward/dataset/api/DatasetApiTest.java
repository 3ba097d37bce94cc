package org.steward.dataset.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.hamcrest.Matchers;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.steward.dataset.DatasetTestSupport;
import org.steward.dataset.SampleCsv;
import org.steward.dataset.TestAnalyses;
import org.steward.identity.ApiScope;
import org.steward.identity.ApiTokenManagement;
import org.steward.identity.Role;

/** The datasets REST API: multipart uploads, problem details, paging, scopes and roles. */
class DatasetApiTest extends DatasetTestSupport {

    static final String INSPECT = "/api/v1/models/{modelId}/versions/{label}/datasets:inspect";
    static final String UPLOAD = "/api/v1/models/{modelId}/versions/{label}/datasets";
    static final String LIST = "/api/v1/models/{modelId}/datasets";
    static final String DATASET = "/api/v1/datasets/{id}";
    static final String RERUN = "/api/v1/datasets/{id}:rerun";

    static final String MAPPING = """
            {"task": "BINARY", "output": "score", "outcome": "label", "split": "split", "sensitive": ["sex"],
             "features": ["age", "income", "region"], "classes": ["no", "yes"], "positiveClass": "yes"}
            """;

    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    @Autowired
    MockMvc mvc;

    @Autowired
    ApiTokenManagement tokens;

    /** A token of {@code username} created while they held {@code grantingRole}; requests use their real roles. */
    private String token(String username, Role grantingRole, ApiScope... scopes) {
        var key = username + ":" + grantingRole + ":" + Arrays.toString(scopes);
        return TOKENS.computeIfAbsent(key, k -> as(username, grantingRole, () -> tokens.create(
                "dataset api test " + UUID.randomUUID(), EnumSet.copyOf(List.of(scopes)), 1)).secret());
    }

    private String dev() {
        return token("dev", Role.MODEL_DEVELOPER, ApiScope.REGISTER_READ, ApiScope.REGISTER_WRITE);
    }

    private ResultActions call(@Nullable String token, AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        if (token != null) {
            request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
        }
        return mvc.perform(request.accept(MediaType.APPLICATION_JSON));
    }

    private static MockMultipartFile csv(String name, String text) {
        return new MockMultipartFile("file", name, "text/csv", text.getBytes(StandardCharsets.UTF_8));
    }

    private static MockMultipartFile mapping(String json) {
        return new MockMultipartFile("mapping", "", MediaType.APPLICATION_JSON_VALUE,
                json.getBytes(StandardCharsets.UTF_8));
    }

    private MockMultipartHttpServletRequestBuilder upload(long modelId, String fileName, String text, String mappingJson) {
        return multipart(UPLOAD, modelId, "1.0.0").file(csv(fileName, text)).file(mapping(mappingJson));
    }

    @Test
    void an_upload_answers_201_with_the_location_the_dataset_and_the_analyses_run() throws Exception {
        var model = modelWithVersion();

        var result = call(dev(), upload(model.id(), "api.csv", SampleCsv.binary(16), MAPPING))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.alreadyStored").value(false))
                .andExpect(jsonPath("$.dataset.modelId").value(model.id()))
                .andExpect(jsonPath("$.dataset.versionLabel").value("1.0.0"))
                .andExpect(jsonPath("$.dataset.fileName").value("api.csv"))
                .andExpect(jsonPath("$.dataset.rows").value(16))
                .andExpect(jsonPath("$.dataset.columns").value(7))
                .andExpect(jsonPath("$.dataset.task").value("BINARY"))
                .andExpect(jsonPath("$.dataset.sha256").value(Matchers.matchesPattern("[0-9a-f]{64}")))
                .andExpect(jsonPath("$.dataset.mapping.positiveClass").value("yes"))
                .andExpect(jsonPath("$.dataset.schema").doesNotExist())
                .andExpect(jsonPath("$.analyses.completed", Matchers.hasItem(TestAnalyses.RECORDING)))
                .andReturn();

        Number id = JsonPath.read(result.getResponse().getContentAsString(), "$.dataset.id");
        assertThat(result.getResponse().getHeader(HttpHeaders.LOCATION)).endsWith("/api/v1/datasets/" + id);
        call(dev(), get(DATASET, id))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.fileName").value("api.csv"))
                .andExpect(jsonPath("$.schema[4].name").value("score"))
                .andExpect(jsonPath("$.schema[4].kind").value("NUMERIC"))
                .andExpect(jsonPath("$.schema[4].role").value("output"));
    }

    @Test
    void the_same_upload_again_answers_200_with_the_stored_dataset() throws Exception {
        var model = modelWithVersion();
        var first = call(dev(), upload(model.id(), "twice.csv", SampleCsv.binary(16), MAPPING))
                .andExpect(status().isCreated()).andReturn();
        Number id = JsonPath.read(first.getResponse().getContentAsString(), "$.dataset.id");
        var before = stored();

        call(dev(), upload(model.id(), "twice.csv", SampleCsv.binary(16), MAPPING))
                .andExpect(status().isOk())
                .andExpect(header().doesNotExist(HttpHeaders.LOCATION))
                .andExpect(jsonPath("$.alreadyStored").value(true))
                .andExpect(jsonPath("$.dataset.id").value(id))
                .andExpect(jsonPath("$.analyses.completed").isEmpty());
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void inspection_answers_the_columns_preview_and_suggestion() throws Exception {
        var model = modelWithVersion();

        call(dev(), multipart(INSPECT, model.id(), "1.0.0").file(csv("look.csv", SampleCsv.binary(16))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows").value(16))
                .andExpect(jsonPath("$.columns[2].name").value("region"))
                .andExpect(jsonPath("$.columns[2].kind").value("CATEGORICAL"))
                .andExpect(jsonPath("$.columns[2].values", Matchers.contains("east", "north", "south")))
                .andExpect(jsonPath("$.preview.length()").value(10))
                .andExpect(jsonPath("$.suggestion.output").value("score"))
                .andExpect(jsonPath("$.suggestion.classes", Matchers.contains("no", "yes")));
    }

    @Test
    void bad_data_answers_400_with_every_problem_and_stores_nothing() throws Exception {
        var model = modelWithVersion();
        var before = stored();
        var broken = SampleCsv.binary(16).replace("0.13", "1.13").replace(",holdout", ",dev");

        call(dev(), upload(model.id(), "broken.csv", broken, MAPPING))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Invalid input"))
                .andExpect(jsonPath("$.errors.output").value(Matchers.containsString("row 2 (line 3) '1.13'")))
                .andExpect(jsonPath("$.errors.split").value(Matchers.containsString("row 2 (line 3) 'dev'")));
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void a_mapping_that_is_not_valid_json_or_has_unknown_fields_or_misses_fields_answers_400() throws Exception {
        var model = modelWithVersion();

        call(dev(), upload(model.id(), "m.csv", SampleCsv.binary(16), "{\"task\": \"BINARY\", \"outpt\": \"score\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.mapping").value(Matchers.startsWith("unknown field 'outpt'")));
        call(dev(), upload(model.id(), "m.csv", SampleCsv.binary(16), "{\"task\": \"RANKING\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.mapping").value(Matchers.containsString("BINARY, MULTICLASS or REGRESSION")));
        call(dev(), upload(model.id(), "m.csv", SampleCsv.binary(16), "not json"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.mapping").value(Matchers.startsWith("not a valid mapping")));
        call(dev(), upload(model.id(), "m.csv", SampleCsv.binary(16), "{\"features\": [\"age\", null]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.task").exists())
                .andExpect(jsonPath("$.errors.output").value("name the column that holds the model's output"))
                .andExpect(jsonPath("$.errors.features").value("must not contain null"));
    }

    @Test
    void an_upload_without_a_file_answers_400() throws Exception {
        var model = modelWithVersion();

        call(dev(), multipart(UPLOAD, model.id(), "1.0.0").file(mapping(MAPPING)))
                .andExpect(status().isBadRequest());
    }

    @Test
    void a_dataset_list_is_paged_and_newest_first() throws Exception {
        var model = modelWithVersion();
        call(dev(), upload(model.id(), "one.csv", SampleCsv.binary(16), MAPPING)).andExpect(status().isCreated());
        call(dev(), upload(model.id(), "two.csv", SampleCsv.binary(20), MAPPING)).andExpect(status().isCreated());

        call(token("auditor", Role.AUDITOR, ApiScope.REGISTER_READ), get(LIST, model.id()).param("size", "1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.size").value(1))
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.items[0].fileName").value("two.csv"));
        call(dev(), get(LIST, model.id()).param("page", "-1"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.page").exists());
    }

    @Test
    void end_users_read_no_datasets() throws Exception {
        var model = modelWithVersion();
        var created = call(dev(), upload(model.id(), "hidden.csv", SampleCsv.binary(16), MAPPING)).andReturn();
        Number id = JsonPath.read(created.getResponse().getContentAsString(), "$.dataset.id");
        var endUser = token("enduser", Role.END_USER, ApiScope.REGISTER_READ);

        call(endUser, get(DATASET, id)).andExpect(status().isForbidden());
        call(endUser, get(LIST, model.id())).andExpect(status().isForbidden());
    }

    @Test
    void uploads_need_the_write_scope_and_the_developer_role() throws Exception {
        var model = modelWithVersion();
        var readOnly = token("dev", Role.MODEL_DEVELOPER, ApiScope.REGISTER_READ);
        // the auditor created this token while holding the developer role; their own role still decides
        var auditorWithWriteScope = token("auditor", Role.MODEL_DEVELOPER, ApiScope.REGISTER_READ,
                ApiScope.REGISTER_WRITE);
        var before = stored();

        call(readOnly, upload(model.id(), "scope.csv", SampleCsv.binary(16), MAPPING))
                .andExpect(status().isForbidden());
        call(auditorWithWriteScope, upload(model.id(), "scope.csv", SampleCsv.binary(16), MAPPING))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value("Your role or token scope does not allow this."));
        call(null, upload(model.id(), "scope.csv", SampleCsv.binary(16), MAPPING))
                .andExpect(status().isUnauthorized());
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void developers_and_risk_officers_rerun_the_analyses() throws Exception {
        var model = modelWithVersion();
        var created = call(dev(), upload(model.id(), "rerun.csv", SampleCsv.binary(16), MAPPING)).andReturn();
        Number id = JsonPath.read(created.getResponse().getContentAsString(), "$.dataset.id");

        call(dev(), post(RERUN, id))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.completed", Matchers.hasItem(TestAnalyses.RECORDING)));
        call(token("risk", Role.RISK_OFFICER, ApiScope.REGISTER_READ, ApiScope.APPROVAL_WRITE), post(RERUN, id))
                .andExpect(status().isOk());
        call(token("auditor", Role.AUDITOR, ApiScope.REGISTER_READ), post(RERUN, id))
                .andExpect(status().isForbidden());
        assertThat(recording.callsFor(id.longValue())).extracting(TestAnalyses.Call::user)
                .containsExactly("dev", "dev", "risk");
    }

    @Test
    void unknown_datasets_models_and_versions_answer_404() throws Exception {
        var model = modelWithVersion();

        call(dev(), get(DATASET, 999_999_999)).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("Dataset 999999999 is not in the register."));
        call(dev(), multipart(UPLOAD, model.id(), "7.7.7").file(csv("x.csv", SampleCsv.binary(16)))
                .file(mapping(MAPPING))).andExpect(status().isNotFound());
        call(dev(), get(LIST, 999_999_999)).andExpect(status().isNotFound());
    }

    @Test
    void the_openapi_document_describes_the_dataset_endpoints() throws Exception {
        mvc.perform(get("/v3/api-docs").with(SecurityMockMvcRequestPostProcessors.user("dev").roles("MODEL_DEVELOPER")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['" + INSPECT + "'].post").exists())
                .andExpect(jsonPath("$.paths['" + UPLOAD + "'].post.requestBody.content['multipart/form-data']"
                        + ".schema.properties.mapping").exists())
                .andExpect(jsonPath("$.paths['" + LIST + "'].get").exists())
                .andExpect(jsonPath("$.paths['" + DATASET + "'].get").exists())
                .andExpect(jsonPath("$.paths['" + RERUN + "'].post").exists());
    }
}
