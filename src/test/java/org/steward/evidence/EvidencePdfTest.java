package org.steward.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.steward.evidence.EvidencePack.ConditionLine;
import org.steward.evidence.EvidencePack.DecisionSection;
import org.steward.evidence.EvidencePack.GateLine;
import org.steward.evidence.EvidencePack.KpiLine;
import org.steward.evidence.EvidencePack.LedgerLine;
import org.steward.evidence.EvidencePack.ModelSection;
import org.steward.evidence.EvidencePack.Verification;
import org.steward.evidence.EvidencePack.VersionSection;
import tools.jackson.databind.json.JsonMapper;

/** The PDF and JSON renderings of a hand-made pack, read back with PDFBox and Jackson. */
class EvidencePdfTest {

    static final Instant AT = Instant.parse("2026-03-04T10:15:30Z");
    static final String RATIONALE = "Holdout AUC 0.91 beats the 0.85 target; fairness checks were reviewed.";

    static EvidencePack pack(int ledgerEntries, boolean intact) {
        var model = new ModelSection(7, "Churn predictor", "Predicts churn \u2264 30 days \u2192 \u65e5\u672c.",
                "retail", "owner", "Data science", "Customers leave.", "Whom to call.", "Customers.",
                List.of(new KpiLine("Recall", "%", new BigDecimal("80"), "HIGHER_IS_BETTER")),
                "Minimal risk", "Low", "No decisions about people.", "Retention calls.", "Pricing.",
                LocalDate.of(2030, 1, 31), "dev", AT);
        var version = new VersionSection("1.0.0", "Approved", "Staging", "Gradient boosting", "XGBoost", null,
                "a".repeat(64), "b".repeat(64), "abc1234", null, "Synthetic.", "Also synthetic.", "dev", AT);
        var decision = new DecisionSection("1.0.0", "Approve", "owner", "Business owner", AT, RATIONALE,
                List.of(new ConditionLine("Re-check drift after a month", LocalDate.of(2030, 2, 1))),
                "Submitted for review", "Approved", false,
                List.of(new GateLine("Lineage recorded", "Pass", "Both SHA-256s are recorded.")));
        var ledger = new ArrayList<LedgerLine>();
        for (int i = 1; i <= ledgerEntries; i++) {
            ledger.add(new LedgerLine(i, AT, "dev", "VERSION_CHANGED", "0".repeat(64), "f".repeat(64)));
        }
        var verification = intact
                ? new Verification(true, 42, null, null, null, "Intact: 42 entries verified, no checkpoint yet")
                : new Verification(false, 3, 4L, "hash mismatch", null, "Broken at entry 4: hash mismatch");
        return new EvidencePack(AT, "auditor", model, List.of(version), List.of(decision), ledger, verification);
    }

    static String text(byte[] pdf) throws IOException {
        try (var document = Loader.loadPDF(pdf)) {
            // wrapped lines come back as separate lines: compare words, not layout
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    @Test
    void the_pdf_loads_and_shows_the_model_the_rationale_and_the_verification() throws IOException {
        var bytes = EvidencePdf.render(pack(3, true));

        assertThat(new String(bytes, 0, 5)).isEqualTo("%PDF-");
        var text = text(bytes);
        assertThat(text).contains("Evidence pack \u2014 Churn predictor \u2014 generated 2026-03-04 10:15:30 UTC by auditor")
                .contains(RATIONALE).contains("Intact").contains("Lineage recorded")
                .contains("Re-check drift after a month").contains("a".repeat(64))
                // characters the standard fonts cannot show are replaced, not fatal
                .contains("Predicts churn ? 30 days ? ??.");
    }

    @Test
    void long_packs_break_pages_and_a_broken_ledger_says_so() throws IOException {
        var bytes = EvidencePdf.render(pack(120, false));

        try (var document = Loader.loadPDF(bytes)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(2);
            var text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Broken at entry 4: hash mismatch").contains("#120")
                    .contains("page 1 of " + document.getNumberOfPages());
        }
    }

    @Test
    void the_json_is_pretty_and_keeps_a_stable_key_order() {
        var first = new String(EvidenceJson.write(pack(2, true)));
        var again = new String(EvidenceJson.write(pack(2, true)));

        assertThat(first).isEqualTo(again).startsWith("{\n  \"generatedAt\"").contains(RATIONALE);
        assertThat(first).containsSubsequence("\"generatedAt\"", "\"generatedBy\"", "\"model\"", "\"versions\"",
                "\"decisions\"", "\"ledger\"", "\"verification\"");
        var tree = JsonMapper.builder().build().readTree(first);
        assertThat(tree.path("verification").path("intact").asBoolean()).isTrue();
        assertThat(tree.path("model").path("name").asString()).isEqualTo("Churn predictor");
        assertThat(tree.path("generatedAt").asString()).isEqualTo("2026-03-04T10:15:30Z");
    }

    @Test
    void wrapping_breaks_at_spaces_and_inside_words_too_long_for_a_line() {
        try (var layout = new org.steward.base.pdf.PdfLayout("t", "f")) {
            var font = new org.apache.pdfbox.pdmodel.font.PDType1Font(
                    org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.COURIER);
            // Courier is 600 units wide: 10 characters at 10 pt are 60 points
            assertThat(layout.wrap("aaaa bbbb cccc", font, 10, 60, 60)).containsExactly("aaaa bbbb", "cccc");
            assertThat(layout.wrap("x".repeat(25), font, 10, 60, 60))
                    .containsExactly("x".repeat(10), "x".repeat(10), "x".repeat(5));
            assertThat(layout.wrap("one\ntwo", font, 10, 60, 60)).containsExactly("one", "two");
        }
    }
}
