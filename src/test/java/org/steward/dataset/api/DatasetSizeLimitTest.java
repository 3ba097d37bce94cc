package org.steward.dataset.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.steward.dataset.Datasets;
import org.steward.dataset.Progress;
import org.steward.dataset.SampleCsv;
import org.steward.dataset.UploadTooLargeException;
import org.steward.identity.ApiScope;
import org.steward.identity.ApiTokenManagement;
import org.steward.identity.Role;
import org.steward.identity.RunAs;
import org.steward.identity.TestUsers;
import org.steward.identity.UserProvisioning;
import org.steward.register.BusinessObjective;
import org.steward.register.EuRiskCategory;
import org.steward.register.InternalRiskTier;
import org.steward.register.ModelDetails;
import org.steward.register.ModelRegister;
import org.steward.register.Stage;
import org.steward.register.VersionDetails;

/**
 * The upload limit, configured small here: the service refuses larger files with the sizes and the property to
 * change, and the API answers 413 both when Steward sees the file and when the servlet container refuses it first.
 * A database of its own without the demo register, whose samples are larger than this limit.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "steward.datasets.max-upload-size=4KB",
        "steward.demo.enabled=false",
        "spring.datasource.url=jdbc:h2:mem:steward-size-limit;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000"})
@AutoConfigureMockMvc
class DatasetSizeLimitTest {

    static final String MAPPING = DatasetApiTest.MAPPING;

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    Datasets datasets;

    @Autowired
    ModelRegister register;

    @Autowired
    ApiTokenManagement tokens;

    @Autowired
    RunAs runAs;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserProvisioning provisioning;

    private String developer;

    @BeforeEach
    void users() {
        developer = TestUsers.create(provisioning, "limit-dev", Role.MODEL_DEVELOPER);
    }

    private long model() {
        var owner = TestUsers.create(provisioning, "limit-owner", Role.BUSINESS_OWNER);
        return runAs.call(developer, Set.of(Role.MODEL_DEVELOPER), () -> {
            var model = register.register(new ModelDetails("Size limit " + java.util.UUID.randomUUID(),
                    "Created by the size limit test.", "testing", owner, null, BusinessObjective.EMPTY, List.of(),
                    EuRiskCategory.MINIMAL, InternalRiskTier.LOW, "Only test data.", null, null, List.of(), null));
            register.registerVersion(model.id(), new VersionDetails("1.0.0", "Logistic regression", null, null, null,
                    null, null, null, null, null, Stage.DEVELOPMENT));
            return model.id();
        });
    }

    private String token() {
        return runAs.call(developer, Set.of(Role.MODEL_DEVELOPER), () -> tokens.create("size limit test",
                EnumSet.of(ApiScope.REGISTER_READ, ApiScope.REGISTER_WRITE), 1)).secret();
    }

    private long storedRows() {
        return jdbc.queryForObject("select count(*) from dataset", Long.class)
                + jdbc.queryForObject("select count(*) from dataset_content", Long.class);
    }

    /** About 5.5 KB: over the 4 KB limit. */
    private static String tooLarge() {
        return SampleCsv.binary(180);
    }

    @Test
    void the_service_refuses_a_larger_file_with_both_sizes_and_the_property() throws Exception {
        var modelId = model();
        var file = Files.createTempFile("large", ".csv");
        Files.writeString(file, tooLarge());
        var size = Files.size(file);
        var before = storedRows();

        try {
            assertThatThrownBy(() -> runAs.call(developer, Set.of(Role.MODEL_DEVELOPER), () -> datasets.upload(modelId,
                    "1.0.0", file, "large.csv", SampleCsv.binaryMapping(), Progress.NONE)))
                    .isInstanceOfSatisfying(UploadTooLargeException.class, e -> assertThat(e.fieldErrors().get("file"))
                            .isEqualTo("The file is " + Math.round(size / 102.4) / 10.0 + " KB; the limit is 4 KB "
                                    + "(steward.datasets.max-upload-size)."));
        } finally {
            Files.delete(file);
        }
        assertThat(storedRows()).isEqualTo(before);
    }

    @Test
    void the_api_answers_413_when_the_service_finds_the_file_too_large() throws Exception {
        var modelId = model();

        mvc.perform(multipart("/api/v1/models/{m}/versions/{v}/datasets", modelId, "1.0.0")
                        .file(new MockMultipartFile("file", "large.csv", "text/csv", tooLarge().getBytes()))
                        .file(new MockMultipartFile("mapping", "", "application/json", MAPPING.getBytes()))
                        .header(HttpHeaders.AUTHORIZATION, "Bearer " + token()))
                .andExpect(status().isContentTooLarge())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("File too large"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.endsWith(
                        "; the limit is 4 KB (steward.datasets.max-upload-size).")))
                .andExpect(jsonPath("$.errors.file").exists());
    }

    @Test
    void the_api_answers_413_when_the_servlet_container_refuses_the_upload() throws Exception {
        var modelId = model();
        var boundary = "steward-boundary";
        var body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"mapping\"\r\n"
                + "Content-Type: application/json\r\n\r\n" + MAPPING + "\r\n--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"file\"; filename=\"large.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n" + tooLarge() + "\r\n--" + boundary + "--\r\n")
                .getBytes(StandardCharsets.UTF_8));
        var before = storedRows();

        var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/api/v1/models/" + modelId + "/versions/1.0.0/datasets"))
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token())
                .header(HttpHeaders.CONTENT_TYPE, "multipart/form-data; boundary=" + boundary)
                .header(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON_VALUE)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue(HttpHeaders.CONTENT_TYPE)).hasValue("application/problem+json");
        assertThat(response.body()).contains("\"detail\":\"The file is " + Math.round(body.size() / 102.4) / 10.0
                + " KB; the limit is 4 KB (steward.datasets.max-upload-size).\"");
        assertThat(storedRows()).isEqualTo(before);
    }
}
