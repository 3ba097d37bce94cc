package org.steward.hardening;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

/**
 * Every JSON endpoint that changes something, fed bodies that are not what it reads: broken or truncated JSON,
 * the wrong JSON type, binary, other encodings, invalid UTF-8, runaway nesting and the wrong content type. Each must
 * be answered with a 4xx problem and store nothing.
 */
class JsonBodyCorpusTest extends HardeningSupport {

    /** A JSON endpoint: method, URI ({@code M} stands for the fixture model) and whether the risk officer calls it. */
    record Endpoint(HttpMethod method, String uri, boolean risk) {
        @Override
        public String toString() {
            return method + " " + uri;
        }
    }

    static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint(HttpMethod.POST, "/api/v1/models", false),
            new Endpoint(HttpMethod.PUT, "/api/v1/models/M", false),
            new Endpoint(HttpMethod.POST, "/api/v1/models/M/versions", false),
            new Endpoint(HttpMethod.PUT, "/api/v1/models/M/versions/v1", false),
            new Endpoint(HttpMethod.POST, "/api/v1/models/M/versions/v1/submit", false),
            new Endpoint(HttpMethod.POST, "/api/v1/models/M/versions/v1/approve", true),
            new Endpoint(HttpMethod.POST, "/api/v1/models/M/costs", false),
            new Endpoint(HttpMethod.PUT, "/api/v1/models/M/budgets/2026", false),
            new Endpoint(HttpMethod.PUT, "/api/v1/exchange-rates/USD/2026-01", false),
            new Endpoint(HttpMethod.POST, "/api/v1/models/M/kpi-values", false),
            new Endpoint(HttpMethod.PUT, "/api/v1/models/M/prediction-volumes/2026-01", false),
            new Endpoint(HttpMethod.PUT, "/api/v1/models/M/value-rule", false),
            new Endpoint(HttpMethod.PUT, "/api/v1/models/M/versions/v1/monitoring/baseline", false),
            new Endpoint(HttpMethod.POST, "/api/v1/models/M/versions/v1/monitoring/batches", false),
            new Endpoint(HttpMethod.POST, "/api/v1/models/M/monitoring/outcomes", false),
            new Endpoint(HttpMethod.PUT, "/api/v1/models/M/monitoring/policy", true),
            new Endpoint(HttpMethod.POST, "/api/v1/models/M/monitoring/policy/what-if", true),
            new Endpoint(HttpMethod.PUT, "/api/v1/fairness-policies/HIGH", true));

    /** Bodies no endpoint can read, each with a name for the report. */
    static final List<Arguments> BODIES = List.of(
            body("empty", new byte[0]),
            body("open brace", "{"),
            body("truncated object", "{\"name\": \"x\", "),
            body("two objects", "{}{}"),
            body("JSON null", "null"),
            body("a string", "\"model\""),
            body("a number", "42"),
            body("trailing comma", "{\"rationale\": \"x\",}"),
            body("single quotes", "{'rationale': 'x'}"),
            body("comment", "/* hi */ {}"),
            body("bare NaN", "{\"amount\": NaN, \"rate\": NaN, \"value\": NaN}"),
            body("binary", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d}),
            body("UTF-16 with BOM", "\uFEFF{\"rationale\": \"x\"".getBytes(StandardCharsets.UTF_16)),
            body("invalid UTF-8", new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, 0x28, '"'}),
            body("NUL bytes", new byte[] {'{', 0, 0, '}'}),
            body("nested 5000 deep", "[".repeat(5000) + "]".repeat(5000)),
            body("XML", "<model><name>x</name></model>"));

    static Arguments body(String name, String text) {
        return body(name, text.getBytes(StandardCharsets.UTF_8));
    }

    static Arguments body(String name, byte[] bytes) {
        return Arguments.of(name, bytes);
    }

    static Stream<Arguments> cases() {
        return crossed(ENDPOINTS, BODIES);
    }

    @ParameterizedTest(name = "{0} with {1}")
    @MethodSource("cases")
    void unreadable_body_is_refused_with_a_problem_and_stores_nothing(Endpoint endpoint, String name, byte[] body)
            throws Exception {
        var token = endpoint.risk() ? risk() : dev();
        refused(token, request(endpoint.method(), endpoint.uri().replace("M", Long.toString(model())))
                .contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON).content(body));
    }

    static Stream<Arguments> wrongTypes() {
        return crossed(ENDPOINTS, List.of(MediaType.TEXT_PLAIN, MediaType.APPLICATION_XML,
                MediaType.MULTIPART_FORM_DATA, MediaType.APPLICATION_FORM_URLENCODED));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("wrongTypes")
    void wrong_content_type_is_refused_with_415_and_stores_nothing(Endpoint endpoint, MediaType type)
            throws Exception {
        var token = endpoint.risk() ? risk() : dev();
        refused(token, request(endpoint.method(), endpoint.uri().replace("M", Long.toString(model())))
                .contentType(type).accept(MediaType.APPLICATION_JSON).content("{}"));
    }
}
