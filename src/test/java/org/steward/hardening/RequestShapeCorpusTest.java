package org.steward.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.jayway.jsonpath.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.MediaType;

/**
 * Requests whose body may be fine but whose address, query or timing is not: paging out of range or not a number,
 * ids that do not exist or are not ids, decisions a version's status does not allow, and stale lock versions.
 */
class RequestShapeCorpusTest extends HardeningSupport {

    static final List<String> PAGED = List.of("/api/v1/models", "/api/v1/cards", "/api/v1/compliance/models",
            "/api/v1/models/M/costs", "/api/v1/exchange-rates", "/api/v1/models/M/kpi-values", "/api/v1/portfolio",
            "/api/v1/models/M/datasets", "/api/v1/models/M/explanations", "/api/v1/models/M/fairness-audits",
            "/api/v1/models/M/validations", "/api/v1/models/M/monitoring/evaluations",
            "/api/v1/models/M/monitoring/batches", "/api/v1/models/M/versions");

    static final List<Map<String, String>> BAD_PAGING = List.of(Map.of("page", "-1"), Map.of("size", "-5"),
            Map.of("size", "0"), Map.of("page", "abc"), Map.of("size", "1e3"), Map.of("page", "99999999999"),
            Map.of("page", "2147483647", "size", "2147483647"), Map.of("sort", "password"));

    static Stream<Arguments> paging() {
        return crossed(PAGED, BAD_PAGING);
    }

    @ParameterizedTest(name = "GET {0} {1}")
    @MethodSource("paging")
    void paging_out_of_range_or_not_a_number_is_refused(String uri, Map<String, String> query) throws Exception {
        var request = get(uri.replace("M", Long.toString(model()))).accept(MediaType.APPLICATION_JSON);
        query.forEach(request::queryParam);
        // the last page an int can name is simply empty, and an unknown sort key may be ignored: both may be a 200
        var mayAnswer = query.containsKey("sort") || "2147483647".equals(query.get("page"));
        if (mayAnswer) {
            var before = rowCounts();
            var status = call(dev(), request).andReturn().getResponse().getStatus();
            assertThat(status).isIn(200, 400);
            assertThat(rowCounts()).isEqualTo(before);
        } else {
            refused(dev(), request);
        }
    }

    static final List<String> BY_ID = List.of("/api/v1/models/ID", "/api/v1/models/ID/versions",
            "/api/v1/models/ID/versions/v1", "/api/v1/models/ID/versions/v1/decisions", "/api/v1/cards/ID",
            "/api/v1/cards/ID.md", "/api/v1/models/ID/compliance", "/api/v1/models/ID/costs",
            "/api/v1/datasets/ID", "/api/v1/explanations/ID", "/api/v1/fairness-audits/ID", "/api/v1/validations/ID",
            "/api/v1/monitoring/evaluations/ID", "/api/v1/models/ID/monitoring/status",
            "/api/v1/models/ID/monitoring/policy", "/api/v1/models/ID/data-protection", "/api/v1/models/ID/budgets",
            "/api/v1/models/ID/value-figures");

    static Stream<Arguments> unknownIds() {
        var cases = new ArrayList<Arguments>();
        for (var uri : BY_ID) {
            for (var id : List.of("987654321", "0", "-1", "abc", "1.5", "99999999999999999999", "%00", "..%2F..")) {
                cases.add(Arguments.of(uri.replace("ID", id)));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "GET {0}")
    @MethodSource("unknownIds")
    void unknown_or_malformed_id_is_a_4xx_problem(String uri) throws Exception {
        refused(dev(), get(uri).accept(MediaType.APPLICATION_JSON));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/api/v1/nothing-here", "/api/v2/models", "/api/v1/models/1/nonsense",
        "/api/v1/cards/abc", "/api/v1/cards/1.exe", "/api/", "/api/v1/models/1/versions/v1/approve/extra"})
    void unknown_api_path_is_a_404_problem_not_a_page(String uri) throws Exception {
        var result = refused(dev(), get(uri).accept(MediaType.APPLICATION_JSON));
        assertThat(result.getResponse().getStatus()).isIn(404, 405);
    }

    @ParameterizedTest(name = "POST {0} on a draft")
    @ValueSource(strings = {"approve", "request-changes", "reject", "deploy", "suspend", "retire"})
    void decision_the_draft_status_does_not_allow_is_refused_with_409(String decision) throws Exception {
        var id = model();
        var deciding = List.of("approve", "request-changes", "reject").contains(decision) ? risk() : dev();
        var result = refused(deciding, json(post("/api/v1/models/{id}/versions/v1/" + decision, id),
                Map.of("rationale", "Because the corpus says so.", "version", lockVersion(id))));
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(409);
    }

    @Test
    void stale_model_version_is_refused_with_409() throws Exception {
        var id = model();
        var result = refused(dev(), json(put("/api/v1/models/{id}", id),
                withVersion(modelBody("Corpus stale " + id), lockVersion(id) + 7)));
        assertThat(result.getResponse().getStatus()).isEqualTo(409);
    }

    @Test
    void stale_version_of_a_version_is_refused_with_409() throws Exception {
        var id = model();
        var version = versionBody("v1");
        version.put("version", 12345);
        var result = refused(dev(), json(put("/api/v1/models/{id}/versions/v1", id), version));
        assertThat(result.getResponse().getStatus()).isEqualTo(409);
    }

    @Test
    void stale_decision_version_is_refused_with_409() throws Exception {
        var result = refused(dev(), json(post("/api/v1/models/{id}/versions/v1/submit", model()),
                Map.of("rationale", "Ready for review by the corpus.", "version", 4242)));
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(409);
    }

    @Test
    void stale_monitoring_policy_is_refused_with_409() throws Exception {
        var id = model();
        var current = call(risk(), get("/api/v1/models/{id}/monitoring/policy", id)).andReturn()
                .getResponse().getContentAsString();
        Object spec = JsonPath.read(current, "$.spec");
        var result = refused(risk(), json(put("/api/v1/models/{id}/monitoring/policy", id),
                Map.of("expectedVersion", 999, "spec", spec, "rationale", "Stale.")));
        assertThat(result.getResponse().getStatus()).isEqualTo(409);
    }

    private long lockVersion(long id) throws Exception {
        Number n = JsonPath.read(call(dev(), get("/api/v1/models/{id}/versions/v1", id)).andReturn()
                .getResponse().getContentAsString(), "$.version");
        return n.longValue();
    }

    private static Map<String, Object> withVersion(Map<String, Object> body, long version) {
        body.put("version", version);
        return body;
    }
}
