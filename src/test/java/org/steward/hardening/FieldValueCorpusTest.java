package org.steward.hardening;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Well-formed JSON with one bad value: numbers that are not finite or do not fit, text with NUL characters or lone
 * surrogates (which PostgreSQL cannot store), oversized text, and missing or unknown fields.
 */
class FieldValueCorpusTest extends HardeningSupport {

    /** Numbers written as JSON source text, since a JSON writer would not produce most of them. */
    static final List<String> BAD_NUMBERS = List.of("\"NaN\"", "\"Infinity\"", "\"-Infinity\"", "1e309", "-1e309",
            "1e999999999", "123456789012345678901234567890123456789012345678901234567890", "\"12abc\"", "true",
            "[1]", "{}");

    /** Raw monitoring features may be huge, text or true/false; only what no double can hold is refused. */
    static final List<String> BAD_DATA = List.of("1e309", "-1e309", "1e999999999", "[1]", "{}");

    /** A numeric field of an endpoint, and a valid body around it whose value is replaced by {@code @N@}. */
    record NumericField(String name, Function<Long, MockHttpServletRequestBuilder> request, String body,
                        List<String> values) {
        NumericField(String name, Function<Long, MockHttpServletRequestBuilder> request, String body) {
            this(name, request, body, BAD_NUMBERS);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static final List<NumericField> NUMERIC = List.of(
            new NumericField("cost amount", m -> post("/api/v1/models/{m}/costs", m),
                    "{\"date\":\"2026-01-10\",\"category\":\"COMPUTE\",\"amount\":@N@,\"currency\":\"EUR\"}"),
            new NumericField("budget amount", m -> put("/api/v1/models/{m}/budgets/2026", m),
                    "{\"amount\":@N@,\"alertLevels\":[80,100]}"),
            new NumericField("budget alert level", m -> put("/api/v1/models/{m}/budgets/2026", m),
                    "{\"amount\":1000,\"alertLevels\":[@N@]}"),
            new NumericField("exchange rate", m -> put("/api/v1/exchange-rates/USD/2026-01"),
                    "{\"rate\":@N@}"),
            new NumericField("KPI value", m -> post("/api/v1/models/{m}/kpi-values", m),
                    "{\"kpi\":\"Refusals\",\"month\":\"2026-01\",\"value\":@N@}"),
            new NumericField("prediction volume", m -> put("/api/v1/models/{m}/prediction-volumes/2026-01", m),
                    "{\"predictions\":@N@}", List.of("1.5", "1e309", "\"NaN\"", "99999999999999999999", "[1]")),
            new NumericField("value rule unit value", m -> put("/api/v1/models/{m}/value-rule", m),
                    "{\"valueKpi\":\"Refusals\",\"unitValue\":@N@}"),
            new NumericField("model KPI target", m -> post("/api/v1/models"),
                    "{\"name\":\"Corpus @U@\",\"description\":\"d\",\"businessDomain\":\"b\",\"owner\":\"owner\","
                            + "\"developerTeam\":\"t\",\"objective\":{\"problemStatement\":\"p\","
                            + "\"decisionSupported\":\"d\",\"affectedParties\":\"a\"},\"kpis\":[{\"name\":\"k\","
                            + "\"unit\":\"u\",\"target\":@N@,\"direction\":\"HIGHER_IS_BETTER\"}],"
                            + "\"euRiskCategory\":\"LIMITED\",\"internalRiskTier\":\"LOW\",\"riskJustification\":\"r\","
                            + "\"intendedUse\":\"i\",\"outOfScopeUse\":\"o\",\"tags\":[],\"reviewDate\":\"2030-01-01\"}"),
            new NumericField("monitoring baseline feature", m -> put("/api/v1/models/{m}/versions/v1/monitoring/baseline",
                    m), "{\"rows\":[{\"features\":{\"age\":@N@},\"output\":0.4}]}", BAD_DATA),
            new NumericField("monitoring batch output", m -> post("/api/v1/models/{m}/versions/v1/monitoring/batches",
                    m).header("Idempotency-Key", UUID.randomUUID().toString()),
                    "{\"rows\":[{\"features\":{\"age\":3},\"output\":@N@}]}",
                    BAD_NUMBERS.stream().filter(n -> !n.startsWith("123")).toList()));

    static Stream<Arguments> numbers() {
        var cases = new ArrayList<Arguments>();
        for (var field : NUMERIC) {
            for (var number : field.values()) {
                cases.add(Arguments.of(field, number));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("numbers")
    void number_that_is_not_finite_or_does_not_fit_is_refused(NumericField field, String number) throws Exception {
        var body = field.body().replace("@N@", number).replace("@U@", UUID.randomUUID().toString());
        refused(dev(), json(field.request().apply(model()), body));
    }

    static final List<String> BAD_TEXT = List.of("nul\u0000inside", "\u0000", "lone high \uD800 surrogate",
            "lone low \uDC00 surrogate", "x".repeat(200_000));

    /** A text field of an endpoint: the request, and a valid body to which the field is added. */
    record TextField(String name, Function<Long, MockHttpServletRequestBuilder> request, String field,
                     Map<String, Object> body) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<TextField> textFields() {
        return List.of(
                new TextField("model name", m -> post("/api/v1/models"), "name", modelBody("unused")),
                new TextField("model description", m -> post("/api/v1/models"), "description",
                        modelBody("Corpus " + UUID.randomUUID())),
                new TextField("model risk justification", m -> post("/api/v1/models"), "riskJustification",
                        modelBody("Corpus " + UUID.randomUUID())),
                new TextField("model tag", m -> post("/api/v1/models"), "tags[0]",
                        modelBody("Corpus " + UUID.randomUUID())),
                new TextField("objective problem statement", m -> post("/api/v1/models"), "objective.problemStatement",
                        modelBody("Corpus " + UUID.randomUUID())),
                new TextField("version label", m -> post("/api/v1/models/{m}/versions", m), "label",
                        versionBody("unused")),
                new TextField("version algorithm", m -> post("/api/v1/models/{m}/versions", m), "algorithm",
                        versionBody("t" + UUID.randomUUID().toString().substring(0, 8))),
                new TextField("version training data", m -> post("/api/v1/models/{m}/versions", m),
                        "trainingDataDescription", versionBody("t" + UUID.randomUUID().toString().substring(0, 8))),
                new TextField("cost note", m -> post("/api/v1/models/{m}/costs", m), "note", cost()),
                new TextField("cost import key", m -> post("/api/v1/models/{m}/costs", m), "importKey", cost()),
                new TextField("submission rationale", m -> post("/api/v1/models/{m}/versions/v1/submit", m),
                        "rationale", Map.of("version", 0)));
    }

    static Map<String, Object> cost() {
        return Map.of("date", "2026-01-10", "category", "COMPUTE", "amount", 12.5, "currency", "EUR");
    }

    static Stream<Arguments> texts() {
        return crossed(textFields(), BAD_TEXT);
    }

    @ParameterizedTest(name = "{0} with {1}")
    @MethodSource("texts")
    void text_with_nul_lone_surrogates_or_runaway_length_is_refused(TextField field, String text) throws Exception {
        var body = Json.write(set(field.body(), field.field(), "@T@")).replace("\"@T@\"", quoted(text));
        refused(dev(), json(field.request().apply(model()), body));
    }

    /** A JSON string with control characters and surrogates escaped, as a client would send them. */
    private static String quoted(String text) {
        var out = new StringBuilder("\"");
        for (var c : text.toCharArray()) {
            out.append(c < 0x20 || Character.isSurrogate(c) ? String.format("\\u%04x", (int) c) : String.valueOf(c));
        }
        return out.append('"').toString();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> set(Map<String, Object> body, String path, Object value) {
        var copy = deepCopy(body);
        Map<String, Object> target = copy;
        var parts = path.split("\\.");
        for (int i = 0; i < parts.length - 1; i++) {
            target = (Map<String, Object>) target.get(parts[i]);
        }
        var last = parts[parts.length - 1];
        if (last.endsWith("[0]")) {
            target.put(last.substring(0, last.length() - 3), List.of(value));
        } else {
            target.put(last, value);
        }
        return copy;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> deepCopy(Map<String, Object> body) {
        var copy = new LinkedHashMap<String, Object>();
        body.forEach((k, v) -> copy.put(k, v instanceof Map<?, ?> m ? deepCopy((Map<String, Object>) m) : v));
        return copy;
    }
}
