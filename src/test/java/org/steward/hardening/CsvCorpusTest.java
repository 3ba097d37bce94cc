package org.steward.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.steward.identity.ApiScope;
import org.steward.identity.Role;

/**
 * Every CSV upload fed files that are not CSV, not UTF-8 or not well-formed, with hostile file names; and every CSV
 * export, after stored text that a spreadsheet would run as a formula, writing that text inert.
 */
class CsvCorpusTest extends HardeningSupport {

    static final String DATASET_MAPPING = "{\"task\":\"BINARY\",\"output\":\"score\",\"outcome\":\"label\","
            + "\"features\":[\"age\"]}";
    static final String COST_MAPPING = "{\"date\":\"date\",\"category\":\"category\",\"amount\":\"amount\","
            + "\"currency\":\"currency\"}";

    /** An upload: where it goes and the mapping part it needs. */
    enum Upload {
        DATASET_INSPECT("/api/v1/models/M/versions/v1/datasets:inspect", null),
        DATASET_UPLOAD("/api/v1/models/M/versions/v1/datasets", DATASET_MAPPING),
        COST_IMPORT("/api/v1/models/M/costs:import", COST_MAPPING),
        COST_IMPORT_DRY_RUN("/api/v1/models/M/costs:import?dryRun=true", COST_MAPPING),
        PORTFOLIO_COST_IMPORT("/api/v1/costs:import", "{\"model\":\"model\",\"date\":\"date\","
                + "\"category\":\"category\",\"amount\":\"amount\",\"currency\":\"currency\"}");

        final String uri;
        final String mapping;

        Upload(String uri, String mapping) {
            this.uri = uri;
            this.mapping = mapping;
        }
    }

    static final List<Arguments> FILES = List.of(
            file("empty", new byte[0]),
            file("only a BOM", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}),
            file("blank lines", "\n\n\r\n"),
            file("unclosed quote", "age,score,label,date,category,amount,currency,model\n\"41,0.3,1,2026-01-05,"
                    + "COMPUTE,10,EUR,x\n"),
            file("ODD quote in the middle", "age,score\n4\"1,0.3\n"),
            file("PNG bytes", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 'I',
                'H', 'D', 'R'}),
            file("gzip bytes", new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 1, 2, 3}),
            file("UTF-16 with BOM", "age,score,label\n41,0.3,1\n".getBytes(StandardCharsets.UTF_16)),
            file("UTF-16LE without BOM", "age,score,label\n41,0.3,1\n".getBytes(StandardCharsets.UTF_16LE)),
            file("Latin-1 bytes", "age,score,label,r\u00e9gion\n41,0.3,1,Z\u00fcrich\n"
                    .getBytes(StandardCharsets.ISO_8859_1)),
            file("invalid UTF-8", new byte[] {'a', 'g', 'e', '\n', (byte) 0xC3, 0x28, '\n'}),
            file("NUL in a cell", "age,score,label\n4\u00001,0.3,1\n"),
            file("ODD header only", "age,score,label,date,category,amount,currency,model\n"),
            file("ODD ragged rows", "age,score,label\n41,0.3\n42,0.2,1,9,9\n"),
            file("ODD duplicate header", "age,age,score,score,label\n1,2,0.3,0.4,1\n"),
            file("ODD 20000 columns", String.join(",", java.util.Collections.nCopies(20_000, "c")) + "\n"),
            file("ODD wrong values", "age,score,label,date,category,amount,currency,model\nold,high,maybe,"
                    + "yesterday,FOOD,lots,XXX,nobody\n"));

    static Arguments file(String name, String text) {
        return file(name, text.getBytes(StandardCharsets.UTF_8));
    }

    static Arguments file(String name, byte[] bytes) {
        return Arguments.of(name, bytes);
    }

    static Stream<Arguments> uploads() {
        return crossed(List.of(Upload.values()), FILES);
    }

    /**
     * Files no upload can read (not CSV, not UTF-8, an unclosed quote) are refused everywhere. Well-formed files with
     * odd contents (names marked ODD) are refused by every upload that stores; the inspection describes them and the
     * dry run answers 200 with the problems it found, and neither stores anything.
     */
    @ParameterizedTest(name = "{0} with {1}")
    @MethodSource("uploads")
    void file_that_is_not_a_well_formed_utf8_csv_is_refused(Upload upload, String name, byte[] bytes)
            throws Exception {
        var request = upload(upload, "sample.csv", bytes);
        var describes = upload == Upload.DATASET_INSPECT && name.startsWith("ODD");
        if (upload == Upload.COST_IMPORT_DRY_RUN || describes) {
            var before = rowCounts();
            var response = call(dev(), request).andReturn().getResponse();
            var body = response.getContentAsString();
            assertThat(rowCounts()).isEqualTo(before);
            if (response.getStatus() == 200 && !describes) {
                assertThat(JsonPath.<List<String>>read(body, "$.problems")).as(body).isNotEmpty();
            } else if (response.getStatus() != 200) {
                refused(dev(), upload(upload, "sample.csv", bytes));
            }
        } else {
            refused(dev(), request);
        }
    }

    static final List<String> HOSTILE_NAMES = List.of("../../etc/passwd", "..\\..\\windows\\win.ini", "C:\\x.csv",
            "/etc/shadow", "a\u0000b.csv", "<script>alert(1)</script>.csv", "x".repeat(5000) + ".csv");

    static Stream<Arguments> names() {
        return crossed(List.of(Upload.DATASET_INSPECT, Upload.COST_IMPORT_DRY_RUN), HOSTILE_NAMES);
    }

    /** A file name is only a label: a hostile one never reaches the file system, and is never answered with a 500. */
    @ParameterizedTest(name = "{0} named {1}")
    @MethodSource("names")
    void path_like_file_name_is_never_used_as_a_path(Upload upload, String name) throws Exception {
        var csv = "age,score,label,date,category,amount,currency\n41,0.3,1,2026-01-05,COMPUTE,10,EUR\n"
                + "42,0.6,0,2026-01-06,COMPUTE,12,EUR\n";
        var request = upload(upload, name, csv.getBytes(StandardCharsets.UTF_8));
        var before = rowCounts();
        var response = call(dev(), request).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isIn(200, 400);
        assertThat(rowCounts()).isEqualTo(before);
        assertThat(java.nio.file.Files.exists(java.nio.file.Path.of("/etc/passwd.steward"))).isFalse();
    }

    @ParameterizedTest(name = "model named {0}")
    @ValueSource(strings = {"=cmd|' /C calc'!A0", "+1+cmd|' /C calc'!A0", "-2+3+cmd|' /C calc'!A0",
        "@SUM(1+9)*cmd|' /C calc'!A0", "\t=1+1", "\r=1+1"})
    void csv_exports_write_stored_formula_text_inert(String formula) throws Exception {
        var name = formula + " " + java.util.UUID.randomUUID();
        var created = call(dev(), json(post("/api/v1/models"), withName(name))).andReturn().getResponse();
        assertThat(created.getStatus()).as(created.getContentAsString()).isEqualTo(201);
        var auditor = token("auditor", Role.AUDITOR, ApiScope.REGISTER_READ);

        var portfolio = call(dev(), get("/api/v1/portfolio.csv")).andReturn().getResponse();
        assertThat(portfolio.getStatus()).isEqualTo(200);
        var stored = JsonPath.<String>read(created.getContentAsString(), "$.name");
        assertInert(portfolio.getContentAsString(StandardCharsets.UTF_8), stored);

        long id = ((Number) JsonPath.read(created.getContentAsString(), "$.id")).longValue();
        var report = call(auditor, get("/api/v1/models/{id}/compliance/report", id).queryParam("format", "csv"))
                .andReturn().getResponse();
        assertThat(report.getStatus()).as(report.getContentAsString()).isEqualTo(200);
        assertInert(report.getContentAsString(StandardCharsets.UTF_8), stored);
    }

    @Test
    void dataset_rows_with_formula_cells_are_data_and_inspected_without_a_500() throws Exception {
        var csv = "age,score,label,note\n41,0.3,1,=cmd|' /C calc'!A0\n42,0.7,0,@SUM(A1)\n43,0.1,1,+1\n44,0.9,0,-1\n";
        var request = upload(Upload.DATASET_INSPECT, "formulas.csv", csv.getBytes(StandardCharsets.UTF_8));
        var before = rowCounts();
        var response = call(dev(), request).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        assertThat(rowCounts()).isEqualTo(before);
    }

    private static void assertInert(String csv, String name) throws Exception {
        var records = CSVFormat.DEFAULT.parse(new StringReader(csv)).getRecords();
        var cells = records.stream().flatMap(r -> r.toList().stream()).toList();
        assertThat(cells).as("the model's name, made inert").contains("'" + name);
        assertThat(cells).noneMatch(c -> !c.isEmpty() && "=+@\t\r".indexOf(c.charAt(0)) >= 0);
        assertThat(cells).noneMatch(c -> c.startsWith("-") && !c.matches("-[0-9.]+"));
    }

    private static java.util.Map<String, Object> withName(String name) {
        return modelBody(name);
    }

    private MockMultipartHttpServletRequestBuilder upload(Upload upload, String fileName, byte[] bytes)
            throws Exception {
        var request = multipart(upload.uri.replace("M", Long.toString(model())));
        request.file(new MockMultipartFile("file", fileName, "text/csv", bytes));
        if (upload.mapping != null) {
            request.file(new MockMultipartFile("mapping", "", MediaType.APPLICATION_JSON_VALUE,
                    upload.mapping.getBytes(StandardCharsets.UTF_8)));
        }
        request.accept(MediaType.APPLICATION_JSON);
        return request;
    }
}
