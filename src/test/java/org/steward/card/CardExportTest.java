package org.steward.card;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.steward.approval.ApprovalWorkflow;
import org.steward.base.Sha256;
import org.steward.identity.Role;
import org.steward.identity.RunAs;
import org.steward.register.ModelRegister;
import org.steward.register.RegisterSeeding;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.json.JsonMapper;

/** Exports of published cards: JSON valid against its schema, markdown whose front matter parses, a readable PDF. */
@SpringBootTest
class CardExportTest {

    @Autowired
    CardCatalogue catalogue;

    @Autowired
    CardAuthoring authoring;

    @Autowired
    RunAs runAs;

    @Autowired
    ModelRegister register;

    @Autowired
    ApprovalWorkflow workflow;

    @Autowired
    RegisterSeeding seeding;

    private <T> T asEndUser(java.util.function.Supplier<T> action) {
        return runAs.call("enduser", Set.of(Role.END_USER), action);
    }

    /** The demo's deployed credit model: a published card with metrics, a failed fairness audit and an explanation. */
    private long creditCard() {
        return asEndUser(() -> catalogue.list("Retail credit scoring", PageRequest.of(0, 5))).stream()
                .filter(e -> e.versionLabel().equals("1.1.0")).findFirst().orElseThrow().cardId();
    }

    private long lowRiskCard() {
        return new CardFixtures(runAs, register, workflow, seeding, authoring).published().card().id();
    }

    private static String text(CardExport export) {
        return new String(export.bytes(), StandardCharsets.UTF_8);
    }

    @Test
    void json_exports_validate_against_the_schema_with_and_without_evidence() {
        var schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(getClass().getResourceAsStream("/card/model-card.schema.json"));
        for (var id : List.of(creditCard(), lowRiskCard())) {
            var json = text(asEndUser(() -> catalogue.export(id, CardFormat.JSON)));
            var errors = schema.validate(JsonMapper.builder().build().readTree(json));
            assertThat(errors).as(json).isEmpty();
        }
        var broken = JsonMapper.builder().build().readTree(text(asEndUser(() -> catalogue.export(creditCard(),
                CardFormat.JSON))).replace("\"schema_version\" : \"0.0.2\"", "\"schema_version\" : \"9\""));
        assertThat(schema.validate(broken)).isNotEmpty();
    }

    @Test
    void the_json_export_carries_metrics_with_intervals_and_the_lineage_hashes() {
        var id = creditCard();
        var card = asEndUser(() -> catalogue.get(id));
        var json = JsonMapper.builder().build().readTree(text(asEndUser(() -> catalogue.export(id, CardFormat.JSON))));

        assertThat(json.path("model_details").path("name").asString()).isEqualTo("Retail credit scoring");
        var first = json.path("quantitative_analysis").path("performance_metrics").get(0);
        assertThat(first.path("slice").asString()).isEqualTo("test");
        assertThat(first.path("confidence_interval").path("lower_bound").asString()).matches("\\d\\.\\d{3}");
        assertThat(json.path("steward").path("lineage").path("artifact_sha256").asString())
                .isEqualTo(card.content().lineage().artifactSha256());
        assertThat(json.path("steward").path("card").path("content_sha256").asString())
                .isEqualTo(card.card().contentSha256());
        assertThat(json.path("steward").path("fairness").path("verdict").asString()).isEqualTo("Fail");
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_markdown_front_matter_parses_as_yaml_with_licence_metrics_and_lineage() {
        var id = creditCard();
        var card = asEndUser(() -> catalogue.get(id));
        var markdown = text(asEndUser(() -> catalogue.export(id, CardFormat.MARKDOWN)));

        assertThat(markdown).startsWith("---\n");
        var end = markdown.indexOf("\n---\n", 4);
        Map<String, Object> yaml = new Yaml().load(markdown.substring(4, end));
        assertThat(yaml).containsEntry("license", "other")
                .containsEntry("license_name", "Proprietary, internal use only")
                .containsEntry("pipeline_tag", "tabular-classification");
        var index = (List<Map<String, Object>>) yaml.get("model-index");
        var results = (List<Map<String, Object>>) index.getFirst().get("results");
        var metrics = (List<Map<String, Object>>) results.getFirst().get("metrics");
        assertThat(metrics).extracting(m -> m.get("type")).contains("accuracy", "roc_auc");
        var steward = (Map<String, Object>) yaml.get("steward");
        assertThat(steward).containsEntry("content_sha256", card.card().contentSha256())
                .containsEntry("card_status", "PUBLISHED");
        assertThat((Map<String, Object>) steward.get("lineage"))
                .containsEntry("training_data_sha256", card.content().lineage().trainingDataSha256());
        assertThat(markdown.substring(end)).contains("## Limitations, known failure modes and uncertainty",
                "## Fairness results", "Verdict **Fail**", "| Accuracy |");
    }

    @Test
    void raw_html_in_authored_text_does_not_reach_the_markdown_export() {
        var f = new CardFixtures(runAs, register, workflow, seeding, authoring);
        var model = f.lowRisk();
        f.seeded(model, "1.0.0", org.steward.register.ApprovalStatus.APPROVED);
        var draft = f.saveAsDev(model, "1.0.0", new CardText("MIT", "a@example.org",
                "Fails on <script>alert(1)</script> input.", null, null, null));
        var card = f.asOwner(() -> authoring.publish(model.id(), "1.0.0", draft.lock()));

        var markdown = text(asEndUser(() -> catalogue.export(card.id(), CardFormat.MARKDOWN)));

        assertThat(markdown).contains("Fails on &lt;script>alert(1)&lt;/script> input.").doesNotContain("<script>");
        assertThat(markdown).contains("license: mit");
    }

    @Test
    void exports_of_a_published_card_are_byte_stable() {
        var id = creditCard();
        for (var format : CardFormat.values()) {
            var first = asEndUser(() -> catalogue.export(id, format)).bytes();
            var second = asEndUser(() -> catalogue.export(id, format)).bytes();
            assertThat(Sha256.hex(second)).as(format.name()).isEqualTo(Sha256.hex(first));
        }
    }

    @Test
    void the_pdf_renders_with_its_sections_charts_and_hashes() throws Exception {
        var id = creditCard();
        var card = asEndUser(() -> catalogue.get(id));
        var pdf = asEndUser(() -> catalogue.export(id, CardFormat.PDF));

        assertThat(pdf.fileName()).isEqualTo("retail-credit-scoring-1.1.0-card-" + card.card().number() + ".pdf");
        try (var document = Loader.loadPDF(pdf.bytes())) {
            assertThat(document.getNumberOfPages()).isPositive();
            var text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Model card", "Retail credit scoring", "Fairness verdict: Fail",
                    "Limitations, known failure modes and uncertainty", card.content().lineage().artifactSha256());
            var images = 0;
            for (var page : document.getPages()) {
                for (var name : page.getResources().getXObjectNames()) {
                    if (page.getResources().isImageXObject(name)) {
                        images++;
                    }
                }
            }
            assertThat(images).as("charts").isEqualTo(2);
        }
    }
}
