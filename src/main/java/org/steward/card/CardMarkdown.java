package org.steward.card;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * A card as markdown in the layout of a Hugging Face model card: YAML front matter (licence, tags, pipeline tag,
 * {@code model-index} with the test metrics, and Steward's own keys under {@code steward}, lineage hashes among
 * them), then the sections. Authored text keeps its markdown, with '<' written as an entity so that no raw HTML
 * reaches whatever renders the file. Derived from the card alone, so a published card always gives the same bytes.
 */
final class CardMarkdown {

    /** A licence given as an identifier (e.g. MIT, Apache-2.0) goes into "license" in lower case, as the Hub spells it. */
    private static final String SPDX_LIKE = "[A-Za-z0-9][A-Za-z0-9.+-]{1,40}";

    private CardMarkdown() {
    }

    static String render(@Nullable CardView card, CardContent c, Completeness completeness) {
        var d = c.details();
        var t = c.text();
        var out = new StringBuilder("---\n").append(frontMatter(card, c, completeness)).append("---\n\n");
        out.append("# Model card: ").append(d.name()).append(' ').append(d.version()).append("\n\n");
        if (d.description() != null) {
            out.append(d.description()).append("\n\n");
        }
        if (card == null || !card.published()) {
            out.append("> Draft: this card is not published; its evidence is as of ").append(c.composedAt())
                    .append(".\n\n");
        }
        section(out, "Model details");
        item(out, "Owner", d.owner());
        item(out, "Developer team", d.developerTeam());
        item(out, "Version", d.version() + " (" + d.status() + ", stage " + d.stage().toLowerCase(Locale.ROOT) + ")");
        item(out, "Algorithm", d.algorithm() + (d.framework() == null ? "" : " (" + d.framework() + ")"));
        item(out, "Training date", d.trainingDate() == null ? null : d.trainingDate().toString());
        item(out, "Registered", day(d.registeredAt()));
        item(out, "Risk", d.risk().label() + " (EU AI Act " + d.euRiskCategory().toLowerCase(Locale.ROOT)
                + ", internal tier " + d.internalRiskTier().toLowerCase(Locale.ROOT) + ")");
        item(out, "Licence", t.licence());
        item(out, "Contact", t.contact());
        out.append('\n');
        section(out, "Uses");
        sub(out, "Intended use", c.uses().intendedUse());
        sub(out, "Out-of-scope use", c.uses().outOfScopeUse());
        sub(out, "Decision supported", c.uses().decisionSupported());
        sub(out, "Affected parties", c.uses().affectedParties());
        section(out, "Business objective and KPIs");
        paragraph(out, c.objective().problemStatement(), "No problem statement recorded.");
        for (var k : c.objective().kpis()) {
            out.append("- ").append(k.name()).append(": target ").append(k.target().toPlainString()).append(' ')
                    .append(k.unit()).append(" (").append(k.direction().toLowerCase(Locale.ROOT).replace('_', ' '))
                    .append(")\n");
        }
        out.append('\n');
        section(out, "Training and evaluation data");
        sub(out, "Training data", c.data().training());
        sub(out, "Evaluation data", c.data().evaluation());
        var sample = c.data().evaluationSample();
        if (sample != null) {
            out.append("Evaluation sample: `").append(sample.file()).append("`, SHA-256 `").append(sample.sha256())
                    .append("`, ").append(day(sample.at())).append(".\n\n");
        }
        section(out, "Evaluation: metrics");
        var m = c.metrics();
        if (m == null) {
            out.append("No validation metrics yet.\n\n");
        } else {
            out.append(m.split()).append(" split, ").append(m.rows()).append(" rows, ").append(m.task())
                    .append("; dataset SHA-256 `").append(m.dataset().sha256()).append("` of ")
                    .append(day(m.dataset().at())).append(". Overfitting gap on ").append(m.primaryMetric())
                    .append(": ").append(figure(m.overfittingGap())).append(".\n\n");
            out.append("| Metric | Value | 95% interval |\n|---|---|---|\n");
            for (var l : m.lines()) {
                out.append("| ").append(l.metric()).append(l.primary() ? " (primary)" : "").append(" | ")
                        .append(l.value() == null ? "undefined: " + l.reason() : figure(l.value())).append(" | ")
                        .append(l.low() == null ? "—" : "[" + figure(l.low()) + ", " + figure(l.high()) + "]")
                        .append(" |\n");
            }
            out.append("\n").append(m.method()).append("\n\n");
        }
        section(out, "Fairness results");
        var f = c.fairness();
        if (f == null) {
            out.append("No fairness audit yet.\n\n");
        } else {
            out.append("Verdict **").append(f.verdict()).append("** under fairness policy version ")
                    .append(f.policyVersion()).append("; ").append(f.selection()).append(", ").append(f.rows())
                    .append(" rows; dataset SHA-256 `").append(f.dataset().sha256()).append("` of ")
                    .append(day(f.dataset().at())).append(".\n\n");
            f.findings().forEach(x -> out.append("- ").append(x).append('\n'));
            f.lessAccurateFor().forEach(s -> out.append("- Less accurate for ").append(s.attribute()).append(" = ")
                    .append(s.group()).append(": ").append(f.metric()).append(' ').append(figure(s.value()))
                    .append(" against ").append(figure(s.bestValue())).append(" for ").append(s.bestGroup())
                    .append('\n'));
            out.append("\n| Attribute | Group | Rows | ").append(f.metric()).append(" | Selection rate |\n"
                    + "|---|---|---|---|---|\n");
            for (var g : f.groups()) {
                out.append("| ").append(g.attribute()).append(" | ").append(g.group()).append(" | ").append(g.rows())
                        .append(" | ").append(figure(g.value())).append(g.low() == null ? "" : " [" + figure(g.low())
                                + ", " + figure(g.high()) + "]").append(" | ").append(figure(g.selectionRate()))
                        .append(" |\n");
            }
            out.append('\n');
        }
        section(out, "Explanation summary");
        var e = c.explanation();
        if (e == null) {
            out.append("No explanation yet.\n\n");
        } else {
            out.append(e.summary()).append("\n\n").append(e.method())
                    .append(e.fidelity() == null ? "" : ", fidelity R² " + figure(e.fidelity())).append(", ")
                    .append(e.reliable() ? "reliable" : "not reliable").append("; dataset SHA-256 `")
                    .append(e.dataset().sha256()).append("` of ").append(day(e.dataset().at())).append(".\n\n");
        }
        section(out, "Limitations, known failure modes and uncertainty");
        paragraph(out, authored(t.limitations()), "Not written yet.");
        section(out, "Ethical considerations");
        paragraph(out, authored(t.ethicalConsiderations()), "Not written yet.");
        section(out, "Monitoring");
        var mon = c.monitoring();
        out.append("- Baseline: ").append(mon.baseline() == null ? "none yet" : mon.baseline().rows() + " rows, "
                + mon.baseline().features() + " features, from " + mon.baseline().source() + " ("
                + day(mon.baseline().at()) + ")").append('\n');
        out.append("- Status: ").append(mon.status() == null ? "not evaluated in production yet"
                : mon.status() + " on " + mon.evaluatedAt()).append("\n\n");
        section(out, "Approval");
        var a = c.approval();
        out.append("- Status: ").append(a.status()).append('\n');
        a.approvers().forEach(x -> out.append("- Approved by ").append(x.name()).append(" (").append(x.role())
                .append(") on ").append(day(x.at())).append('\n'));
        out.append('\n');
        section(out, "Caveats and recommendations");
        paragraph(out, authored(t.caveats()), "Not written yet.");
        section(out, "How to contest a decision");
        paragraph(out, authored(t.howToContest()), "Not written yet.");
        section(out, "Lineage");
        var l = c.lineage();
        hash(out, "Artifact SHA-256", l.artifactSha256());
        hash(out, "Training data SHA-256", l.trainingDataSha256());
        hash(out, "Code commit", l.codeCommit());
        item(out, "Parent version", l.parentVersion());
        hash(out, "Evaluation dataset SHA-256", l.evaluationDataSha256());
        hash(out, "Fairness dataset SHA-256", l.fairnessDataSha256());
        hash(out, "Explanation dataset SHA-256", l.explanationDataSha256());
        return out.toString();
    }

    static String frontMatter(@Nullable CardView card, CardContent c, Completeness completeness) {
        var d = c.details();
        var yaml = new LinkedHashMap<String, Object>();
        var licence = c.text().licence();
        if (licence != null && licence.matches(SPDX_LIKE)) {
            yaml.put("license", licence.toLowerCase(Locale.ROOT));
        } else {
            yaml.put("license", "other");
            if (licence != null) {
                yaml.put("license_name", licence);
            }
        }
        yaml.put("language", List.of("en"));
        yaml.put("tags", List.of("steward", "model-card", d.businessDomain()));
        var m = c.metrics();
        if (m != null) {
            var pipeline = m.task().startsWith("Regression") ? "tabular-regression" : "tabular-classification";
            yaml.put("pipeline_tag", pipeline);
            var metrics = new ArrayList<Map<String, Object>>();
            for (var line : m.lines()) {
                if (line.value() != null) {
                    var metric = new LinkedHashMap<String, Object>();
                    metric.put("type", line.metric().toLowerCase(Locale.ROOT).replace(' ', '_').replace("²", "2"));
                    metric.put("name", line.metric());
                    metric.put("value", line.value());
                    metrics.add(metric);
                }
            }
            var result = new LinkedHashMap<String, Object>();
            result.put("task", ordered("type", pipeline));
            var dataset = new LinkedHashMap<String, Object>();
            dataset.put("name", m.dataset().file());
            dataset.put("type", "steward-scored-sample");
            dataset.put("split", m.split().toLowerCase(Locale.ROOT));
            dataset.put("revision", m.dataset().sha256());
            result.put("dataset", dataset);
            result.put("metrics", metrics);
            var entry = ordered("name", d.name());
            entry.put("results", List.of(result));
            yaml.put("model-index", List.of(entry));
        }
        yaml.put("steward", steward(card, c, completeness));
        var options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setIndent(2);
        options.setWidth(120);
        options.setSplitLines(false);
        return new Yaml(options).dump(yaml);
    }

    private static Map<String, Object> steward(@Nullable CardView card, CardContent c, Completeness completeness) {
        var d = c.details();
        var s = new LinkedHashMap<String, Object>();
        s.put("format", c.format());
        s.put("model_id", d.modelId());
        s.put("model_name", d.name());
        s.put("version", d.version());
        s.put("card_id", card == null ? null : card.id());
        s.put("card_number", card == null ? null : card.number());
        s.put("card_status", card == null ? "NONE" : card.status().name());
        s.put("published_at", card == null || card.publishedAt() == null ? null : card.publishedAt().toString());
        s.put("published_by", card == null ? null : card.publishedBy());
        s.put("content_sha256", card == null ? null : card.contentSha256());
        s.put("composed_at", c.composedAt().toString());
        s.put("risk_level", d.riskLevel());
        s.put("completeness", completeness.score());
        var l = c.lineage();
        var lineage = new LinkedHashMap<String, Object>();
        lineage.put("artifact_sha256", l.artifactSha256());
        lineage.put("training_data_sha256", l.trainingDataSha256());
        lineage.put("code_commit", l.codeCommit());
        lineage.put("parent_version", l.parentVersion());
        lineage.put("evaluation_data_sha256", l.evaluationDataSha256());
        lineage.put("fairness_data_sha256", l.fairnessDataSha256());
        lineage.put("explanation_data_sha256", l.explanationDataSha256());
        s.put("lineage", lineage);
        return s;
    }

    /** A map that keeps its order (Map.of's order changes between runs, and the bytes must not). */
    private static Map<String, Object> ordered(String key, Object value) {
        var map = new LinkedHashMap<String, Object>();
        map.put(key, value);
        return map;
    }

    /** Authored markdown with '<' as an entity: markup stays, raw HTML cannot pass. */
    static @Nullable String authored(@Nullable String text) {
        return text == null ? null : text.replace("<", "&lt;");
    }

    private static void section(StringBuilder out, String title) {
        out.append("## ").append(title).append("\n\n");
    }

    private static void sub(StringBuilder out, String title, @Nullable String text) {
        out.append("### ").append(title).append("\n\n").append(text == null ? "Not recorded." : authored(text))
                .append("\n\n");
    }

    private static void paragraph(StringBuilder out, @Nullable String text, String missing) {
        out.append(text == null ? missing : text).append("\n\n");
    }

    private static void item(StringBuilder out, String label, @Nullable String value) {
        out.append("- **").append(label).append(":** ").append(value == null ? "—" : authored(value)).append('\n');
    }

    private static void hash(StringBuilder out, String label, @Nullable String value) {
        out.append("- **").append(label).append(":** ").append(value == null ? "—" : "`" + value + "`").append('\n');
    }

    static String figure(@Nullable Double value) {
        return value == null ? "—" : String.format(Locale.ROOT, "%.3f", value);
    }

    static String day(Instant at) {
        return at.toString().substring(0, 10);
    }
}
