package org.steward.card;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.steward.base.Sha256;
import org.steward.base.pdf.PdfLayout;

/**
 * A card as PDF: the sections of the card with its charts (the same server-side drawings as the page, embedded as
 * PNG) and the lineage hashes. Its document id is the hash of the card's JSON export, and nothing in it depends on
 * the time of rendering, so a published card always gives the same bytes.
 */
final class CardPdf {

    private CardPdf() {
    }

    static byte[] render(@Nullable CardView card, CardContent c, Completeness completeness, Markdown markdown) {
        var d = c.details();
        var t = c.text();
        var title = "Model card \u2014 " + d.name() + " " + d.version();
        try (var pdf = new PdfLayout(title, "Steward model card \u2014 " + d.name() + " " + d.version())) {
            pdf.documentId(Sha256.hex(CardJson.render(card, c, completeness)));
            pdf.title(title);
            if (card != null && card.published()) {
                pdf.banner("Published card " + card.number() + " by " + card.publishedBy() + " on "
                        + card.publishedAt() + "; content SHA-256 " + card.contentSha256(), true);
            } else {
                pdf.banner("Draft, not published: evidence as of " + c.composedAt(), false);
            }
            pdf.paragraph("Completeness " + completeness.score() + "%"
                    + (completeness.missing().isEmpty() ? "." : "; missing: "
                    + Completeness.labels(completeness.missing()) + "."));

            pdf.heading("1. Model details");
            pdf.field("Description", d.description());
            pdf.field("Owner", d.owner());
            pdf.field("Developer team", d.developerTeam());
            pdf.field("Version", d.version() + " (" + d.status() + ")");
            pdf.field("Algorithm", d.algorithm() + (d.framework() == null ? "" : " (" + d.framework() + ")"));
            pdf.field("Training date", d.trainingDate());
            pdf.field("Risk", d.risk().label() + " (EU AI Act " + d.euRiskCategory().toLowerCase(Locale.ROOT)
                    + ", internal tier " + d.internalRiskTier().toLowerCase(Locale.ROOT) + ")");
            pdf.field("Licence", t.licence());
            pdf.field("Contact", t.contact());

            pdf.heading("2. Intended use");
            pdf.field("Intended use", c.uses().intendedUse());
            pdf.field("Out-of-scope use", c.uses().outOfScopeUse());
            pdf.field("Decision supported", c.uses().decisionSupported());
            pdf.field("Affected parties", c.uses().affectedParties());

            pdf.heading("3. Business objective and KPIs");
            pdf.field("Problem", c.objective().problemStatement());
            for (var k : c.objective().kpis()) {
                pdf.field(k.name(), "target " + k.target().toPlainString() + " " + k.unit());
            }

            pdf.heading("4. Training and evaluation data");
            pdf.field("Training data", c.data().training());
            pdf.field("Evaluation data", c.data().evaluation());

            pdf.heading("5. Metrics");
            var m = c.metrics();
            if (m == null) {
                pdf.paragraph("No validation metrics yet.");
            } else {
                pdf.paragraph(m.split() + " split, " + m.rows() + " rows; overfitting gap "
                        + CardMarkdown.figure(m.overfittingGap()) + ".");
                pdf.monoField("Dataset SHA-256:", m.dataset().sha256() + " (" + CardMarkdown.day(m.dataset().at())
                        + ")");
                for (var l : m.lines()) {
                    pdf.field(l.metric(), l.value() == null ? "undefined: " + l.reason() : CardMarkdown.figure(l.value())
                            + (l.low() == null ? "" : "  [" + CardMarkdown.figure(l.low()) + ", "
                            + CardMarkdown.figure(l.high()) + "]"));
                }
                CardCharts.metrics(c).ifPresent(chart -> pdf.image(chart.png(2), chart.description()));
            }

            pdf.heading("6. Fairness results");
            var f = c.fairness();
            if (f == null) {
                pdf.paragraph("No fairness audit yet.");
            } else {
                pdf.banner("Fairness verdict: " + f.verdict() + " (policy version " + f.policyVersion() + ")",
                        f.verdict().equals("Pass"));
                pdf.monoField("Dataset SHA-256:", f.dataset().sha256() + " (" + CardMarkdown.day(f.dataset().at())
                        + ")");
                f.findings().forEach(x -> pdf.field("Finding", x));
                f.lessAccurateFor().forEach(s -> pdf.field("Less accurate for", s.attribute() + " = " + s.group()
                        + ": " + CardMarkdown.figure(s.value()) + " against " + CardMarkdown.figure(s.bestValue())
                        + " for " + s.bestGroup()));
                CardCharts.groups(c).ifPresent(chart -> pdf.image(chart.png(2), chart.description()));
            }

            pdf.heading("7. Explanation summary");
            var e = c.explanation();
            if (e == null) {
                pdf.paragraph("No explanation yet.");
            } else {
                pdf.paragraph(e.summary());
                pdf.field("Method", e.method() + (e.reliable() ? ", reliable" : ", not reliable"));
                pdf.monoField("Dataset SHA-256:", e.dataset().sha256());
            }

            pdf.heading("8. Limitations, known failure modes and uncertainty");
            text(pdf, markdown, t.limitations());
            pdf.heading("9. Ethical considerations");
            text(pdf, markdown, t.ethicalConsiderations());

            pdf.heading("10. Monitoring");
            var mon = c.monitoring();
            pdf.field("Baseline", mon.baseline() == null ? "none yet" : mon.baseline().rows() + " rows from "
                    + mon.baseline().source());
            pdf.field("Status", mon.status() == null ? "not evaluated in production yet"
                    : mon.status() + " on " + mon.evaluatedAt());

            pdf.heading("11. Approval");
            pdf.field("Status", c.approval().status());
            c.approval().approvers().forEach(a -> pdf.field("Approved by", a.name() + " (" + a.role() + ") on "
                    + CardMarkdown.day(a.at())));

            pdf.heading("12. Caveats and recommendations");
            text(pdf, markdown, t.caveats());
            pdf.heading("13. How to contest a decision");
            text(pdf, markdown, t.howToContest());

            pdf.heading("14. Lineage");
            var l = c.lineage();
            pdf.monoField("Artifact SHA-256:        ", l.artifactSha256());
            pdf.monoField("Training data SHA-256:   ", l.trainingDataSha256());
            pdf.monoField("Code commit:             ", l.codeCommit());
            pdf.monoField("Evaluation data SHA-256: ", l.evaluationDataSha256());
            pdf.monoField("Fairness data SHA-256:   ", l.fairnessDataSha256());
            pdf.monoField("Explanation data SHA-256:", l.explanationDataSha256());
            return pdf.finish();
        }
    }

    private static void text(PdfLayout pdf, Markdown markdown, @Nullable String source) {
        pdf.paragraph(source == null ? "Not written yet." : markdown.plain(source));
    }
}
