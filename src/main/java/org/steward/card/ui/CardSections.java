package org.steward.card.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.DescriptionList.Description;
import com.vaadin.flow.component.html.DescriptionList.Term;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.steward.base.ui.Badge;
import org.steward.card.CardCharts;
import org.steward.card.CardContent;
import org.steward.card.CardContent.Dataset;
import org.steward.card.CardContent.GroupLine;
import org.steward.card.CardContent.MetricLine;
import org.steward.card.Markdown;
import org.steward.chart.ui.ChartView;

/**
 * The full card, section by section, in the order and under the names of the Hugging Face model card and the Model
 * Card Toolkit. Evidence sections show the dataset hash and date they come from; missing evidence says so.
 */
class CardSections extends VerticalLayout {

    static final String NO_METRICS = "No validation metrics yet: upload a scored sample in Evaluation data.";
    static final String NO_FAIRNESS = "No fairness audit yet.";
    static final String NO_EXPLANATION = "No explanation yet.";

    private final Markdown markdown;

    CardSections(CardContent card, Markdown markdown) {
        this.markdown = markdown;
        setId("card-sections");
        setPadding(false);
        var d = card.details();
        var t = card.text();
        section("Model details", "card-section-details", facts()
                .text("Name", d.name())
                .text("Description", d.description())
                .text("Owner", d.owner())
                .text("Developer team", d.developerTeam())
                .text("Version", d.version())
                .text("Algorithm", d.algorithm() + (d.framework() == null ? "" : " (" + d.framework() + ")"))
                .text("Training date", d.trainingDate() == null ? null : d.trainingDate().toString())
                .text("Registered", Shown.day(d.registeredAt()))
                .text("Risk", d.risk().label() + " (EU AI Act " + d.euRiskCategory().toLowerCase(Locale.ROOT)
                        + ", internal tier " + d.internalRiskTier().toLowerCase(Locale.ROOT) + ")")
                .text("Licence", t.licence())
                .text("Contact", t.contact()));
        var u = card.uses();
        section("Intended use", "card-section-uses", facts()
                .text("Intended use", u.intendedUse())
                .text("Out-of-scope use", u.outOfScopeUse())
                .text("Decision supported", u.decisionSupported())
                .text("Affected parties", u.affectedParties()));
        var o = card.objective();
        var kpis = new UnorderedList();
        o.kpis().forEach(k -> kpis.add(new ListItem(k.name() + ": target " + k.target().toPlainString() + " " + k.unit()
                + " (" + k.direction().toLowerCase(Locale.ROOT).replace('_', ' ') + ")")));
        section("Business objective and KPIs", "card-section-objective", facts()
                .text("Problem", o.problemStatement())
                .add("KPIs", o.kpis().isEmpty() ? new Span("—") : kpis));
        var data = card.data();
        section("Training and evaluation data", "card-section-data", facts()
                .text("Training data", data.training())
                .hash("Training data SHA-256", data.trainingDataSha256())
                .text("Evaluation data", data.evaluation())
                .add("Evaluation sample", dataset(data.evaluationSample())));
        section("Metrics", "card-section-metrics", metrics(card));
        section("Fairness results", "card-section-fairness", fairness(card));
        section("Explanation summary", "card-section-explanation", explanation(card));
        section("Limitations, known failure modes and uncertainty", "card-section-limitations",
                Shown.markdown(markdown, t.limitations(), "Not written yet — every card needs its limitations."));
        section("Ethical considerations", "card-section-ethics",
                Shown.markdown(markdown, t.ethicalConsiderations(), "Not written yet."));
        section("Monitoring", "card-section-monitoring", monitoring(card));
        section("Approval", "card-section-approval", approval(card));
        section("Caveats and recommendations", "card-section-caveats",
                Shown.markdown(markdown, t.caveats(), "Not written yet."));
        section("How to contest a decision", "card-section-contest",
                Shown.markdown(markdown, t.howToContest(), "Not written yet."));
        var l = card.lineage();
        section("Lineage", "card-section-lineage", facts()
                .hash("Artifact SHA-256", l.artifactSha256())
                .hash("Training data SHA-256", l.trainingDataSha256())
                .hash("Code commit", l.codeCommit())
                .text("Parent version", l.parentVersion())
                .hash("Evaluation dataset SHA-256", l.evaluationDataSha256())
                .hash("Fairness dataset SHA-256", l.fairnessDataSha256())
                .hash("Explanation dataset SHA-256", l.explanationDataSha256()));
    }

    private void section(String title, String id, Component... content) {
        var heading = new H3(title);
        var section = new VerticalLayout(heading);
        section.add(content);
        section.setId(id);
        section.setPadding(false);
        section.setSpacing(false);
        add(section);
    }

    private Component[] metrics(CardContent card) {
        var m = card.metrics();
        if (m == null) {
            return new Component[] {muted(NO_METRICS)};
        }
        var grid = new Grid<MetricLine>();
        grid.setId("card-metrics");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.addColumn(MetricLine::metric).setHeader("Metric").setAutoWidth(true);
        grid.addColumn(l -> l.value() == null ? "undefined: " + l.reason() : Shown.figure(l.value()))
                .setHeader("Value").setAutoWidth(true);
        grid.addColumn(l -> l.low() == null ? "—" : "[" + Shown.figure(l.low()) + ", " + Shown.figure(l.high()) + "]")
                .setHeader("95% interval").setAutoWidth(true);
        grid.setItems(m.lines());
        grid.setAllRowsVisible(true);
        var caption = new Paragraph(m.split() + " split, " + m.rows() + " rows · " + m.task() + " · primary metric "
                + m.primaryMetric() + " · overfitting gap " + Shown.figure(m.overfittingGap()) + " · "
                + source(m.dataset()));
        caption.addClassName("steward-muted");
        var parts = new java.util.ArrayList<Component>(List.of(caption, grid));
        CardCharts.metrics(card).ifPresent(c -> parts.add(new ChartView(c)));
        return parts.toArray(Component[]::new);
    }

    private Component[] fairness(CardContent card) {
        var f = card.fairness();
        if (f == null) {
            return new Component[] {muted(NO_FAIRNESS)};
        }
        var verdict = new Paragraph(new Span("Verdict: "), new Badge(f.verdict(), f.verdict().equals("Pass") ? "low"
                : f.verdict().equals("Fail") ? "high" : "medium"), new Span(" under policy version "
                + f.policyVersion() + " · " + f.selection() + ", " + f.rows() + " rows · " + source(f.dataset())));
        var findings = new UnorderedList();
        f.findings().forEach(x -> findings.add(new ListItem(x)));
        f.lessAccurateFor().forEach(s -> findings.add(new ListItem("Less accurate for " + s.attribute() + " = "
                + s.group() + ": " + f.metric() + " " + Shown.figure(s.value()) + " against " + Shown.figure(s.bestValue())
                + " for " + s.bestGroup())));
        var grid = new Grid<GroupLine>();
        grid.setId("card-groups");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.addColumn(GroupLine::attribute).setHeader("Attribute").setAutoWidth(true);
        grid.addColumn(GroupLine::group).setHeader("Group").setAutoWidth(true);
        grid.addColumn(GroupLine::rows).setHeader("Rows").setAutoWidth(true);
        grid.addColumn(g -> Shown.figure(g.value()) + (g.low() == null ? "" : " [" + Shown.figure(g.low()) + ", "
                + Shown.figure(g.high()) + "]")).setHeader(f.metric()).setAutoWidth(true);
        grid.addColumn(g -> Shown.figure(g.selectionRate())).setHeader("Selection rate").setAutoWidth(true);
        grid.setItems(f.groups());
        grid.setAllRowsVisible(true);
        var parts = new java.util.ArrayList<Component>(List.of(verdict, findings, grid));
        CardCharts.groups(card).ifPresent(c -> parts.add(new ChartView(c)));
        return parts.toArray(Component[]::new);
    }

    private Component[] explanation(CardContent card) {
        var e = card.explanation();
        if (e == null) {
            return new Component[] {muted(NO_EXPLANATION)};
        }
        var caption = new Paragraph(e.method() + (e.fidelity() == null ? "" : ", fidelity R² " + Shown.figure(e.fidelity()))
                + " · " + (e.reliable() ? "reliable" : "not reliable") + " · " + source(e.dataset()));
        caption.addClassName("steward-muted");
        var features = new UnorderedList();
        e.features().forEach(x -> features.add(new ListItem(x.name() + ": " + Math.round(x.share() * 100) + "%")));
        return new Component[] {new Paragraph(e.summary()), features, caption};
    }

    private Component monitoring(CardContent card) {
        var m = card.monitoring();
        return facts()
                .text("Baseline", m.baseline() == null ? "No monitoring baseline yet." : m.baseline().rows() + " rows, "
                        + m.baseline().features() + " features, from " + m.baseline().source() + " ("
                        + Shown.day(m.baseline().at()) + ")")
                .text("Status", m.status() == null ? "Not evaluated in production yet." : m.status() + " on "
                        + Shown.when(m.evaluatedAt()) + (m.reasons() == null || m.reasons().isBlank() ? ""
                        : ": " + m.reasons()));
    }

    private Component approval(CardContent card) {
        var a = card.approval();
        var by = a.approvers().stream().map(x -> x.name() + " (" + x.role() + ", " + Shown.day(x.at()) + ")").toList();
        return facts()
                .text("Status", a.status())
                .text("Approved by", by.isEmpty() ? null : String.join(", ", by))
                .text("Approved on", a.approvedAt() == null ? null : Shown.day(a.approvedAt()))
                .text("Gates overridden", a.approvers().isEmpty() ? null : a.gatesOverridden() ? "yes" : "no");
    }

    private static String source(Dataset dataset) {
        return "dataset " + dataset.shortHash() + " of " + Shown.day(dataset.at());
    }

    private static Component dataset(@Nullable Dataset dataset) {
        if (dataset == null) {
            return new Span("No scored sample uploaded yet.");
        }
        var span = new Span(dataset.file() + " · " + dataset.sha256() + " · " + Shown.day(dataset.at()));
        span.addClassName("steward-hash");
        return span;
    }

    private static Paragraph muted(String text) {
        var p = new Paragraph(text);
        p.addClassName("steward-muted");
        return p;
    }

    private static Facts facts() {
        return new Facts();
    }

    /** Labelled facts; empty values as a dash. */
    static final class Facts extends DescriptionList {

        Facts() {
            addClassName("steward-facts");
        }

        Facts text(String term, @Nullable String value) {
            return add(term, new Span(Shown.text(value)));
        }

        Facts hash(String term, @Nullable String value) {
            var span = new Span(Shown.text(value));
            span.addClassName("steward-hash");
            return add(term, span);
        }

        Facts add(String term, Component value) {
            add(new Term(term), new Description(value));
            return this;
        }
    }
}
