package org.steward.explain.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.steward.base.ui.Badge;
import org.steward.chart.ui.ChartView;
import org.steward.explain.ExplanationView;
import org.steward.explain.method.ExplanationReport;
import org.steward.explain.method.ExplanationReport.FeatureImportance;
import org.steward.explain.method.FeatureTable;

/**
 * One explanation: where it came from and how, whether it is reliable, the summary in plain words, the charts, the
 * readable rules and the figures per feature.
 */
class ExplanationResultView extends VerticalLayout {

    private final ExplanationView result;

    ExplanationResultView(ExplanationView result) {
        this.result = result;
        setPadding(false);
        var report = result.report();
        add(header(), badge());
        var summary = new Paragraph(report.summary());
        summary.setId("explanation-summary");
        add(summary, new H3("Charts"), charts());
        if (report.rules() != null) {
            add(new H3("Rules"), rules(report.rules()));
        }
        add(new H3("Features"), features());
    }

    private Component header() {
        var header = new Div();
        header.setId("explanation-header");
        var source = new Paragraph("Version " + result.versionLabel() + " · dataset " + result.datasetFile()
                + " (SHA-256 " + result.shortHash() + "…)"
                + (result.attributionFile() == null ? "" : " · attributions " + result.attributionFile()
                        + " (SHA-256 " + result.attributionSha256().substring(0, 12) + "…)")
                + " · computed " + Format.WHEN.format(result.computedAt()) + " by " + result.computedBy());
        var method = new Paragraph("Method: " + result.method());
        method.setId("explanation-method");
        method.getStyle().setColor("var(--lumo-secondary-text-color)").setFontSize("var(--lumo-font-size-s)");
        header.add(source, method);
        return header;
    }

    private Component badge() {
        var report = result.report();
        var fidelity = report.fidelity();
        Badge badge;
        if (fidelity == null) {
            badge = new Badge("Reliable: imported attributions add up to the model's output (largest gap "
                    + String.format(java.util.Locale.ROOT, "%.1e", report.additivityError()) + ")", "low");
        } else {
            var figures = "surrogate fidelity R² " + Format.number(fidelity.r2()) + " on " + report.heldOutRows()
                    + " held-out rows" + (fidelity.agreement() == null ? ""
                    : ", decisions agree in " + Math.round(fidelity.agreement() * 1000) / 10.0 + "%");
            badge = fidelity.reliable() ? new Badge("Reliable: " + figures, "low")
                    : new Badge("Not reliable: " + figures + ", below " + Format.number(fidelity.threshold()), "high");
        }
        badge.setId("explanation-fidelity");
        return badge;
    }

    private Component charts() {
        var charts = new FlexLayout();
        charts.setId("explanation-charts");
        charts.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        charts.getStyle().set("gap", "var(--lumo-space-l)");
        var caption = "dataset " + result.shortHash();
        ExplanationCharts.of(result.report()).forEach(chart -> charts.add(new ChartView(chart, caption)));
        return charts;
    }

    private Component rules(ExplanationReport.Rules rules) {
        var box = new Div();
        box.setId("explanation-rules");
        box.add(new Paragraph("A decision tree of depth " + rules.depth() + " fitted to the model's output "
                + "reproduces it with R² " + Format.number(rules.r2()) + " on the held-out rows"
                + (rules.r2() < result.report().fidelity().threshold() ? " — a rough guide, less faithful than the "
                + "surrogate above." : ".")));
        var list = new UnorderedList();
        for (var rule : rules.rules()) {
            var when = rule.conditions().isEmpty() ? "Always" : "If " + String.join(" and ", rule.conditions());
            list.add(new ListItem(when + ", then " + result.report().target() + " ≈ "
                    + FeatureTable.format(rule.prediction()) + " (" + rule.rows() + " rows)"));
        }
        box.add(list);
        return box;
    }

    private Component features() {
        var grid = new Grid<FeatureImportance>();
        grid.setId("explanation-features");
        grid.addColumn(FeatureImportance::name).setHeader("Feature").setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(f -> Format.number(f.meanAbsContribution())).setHeader("Mean |contribution|")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(f -> Math.round(f.share() * 100) + "%").setHeader("Share").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(f -> "[" + Format.number(f.minContribution()) + ", " + Format.number(f.maxContribution())
                + "]").setHeader("Range").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ExplanationResultView::direction).setHeader("Direction").setAutoWidth(true).setFlexGrow(0);
        if (result.report().kind() == ExplanationReport.Kind.SURROGATE) {
            grid.addColumn(f -> Format.number(f.permutationMean()) + " ± " + Format.number(f.permutationSd()))
                    .setHeader("Permutation importance (R² drop)").setAutoWidth(true).setFlexGrow(0);
        }
        // the report's own few features, not a table of the database
        grid.setItems(result.report().features());
        grid.setAllRowsVisible(true);
        return grid;
    }

    private static String direction(FeatureImportance f) {
        if (f.direction() == null) {
            return f.categorical() ? "by category" : "none";
        }
        var d = f.direction();
        var strength = Math.abs(d) >= 0.8 ? "" : Math.abs(d) >= 0.5 ? "mostly " : "weakly ";
        return Math.abs(d) < 0.2 ? "mixed" : strength + (d > 0 ? "higher raises" : "higher lowers");
    }
}
