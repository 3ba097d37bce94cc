package org.steward.validation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import org.steward.base.ui.Badge;
import org.steward.chart.Chart;
import org.steward.chart.Charts;
import org.steward.chart.Series;
import org.steward.chart.ui.ChartView;
import org.steward.dataset.Split;
import org.steward.dataset.TaskType;
import org.steward.statistics.CurvePoint;
import org.steward.statistics.Metric;
import org.steward.validation.ValidationReport.MetricResult;
import org.steward.validation.ValidationReport.SplitResult;
import org.steward.validation.ValidationView;

/** One validation result: where it came from, the metrics per split, the gap, confusion matrices and charts. */
class ValidationResultView extends VerticalLayout {

    /** One metric across the splits. */
    record MetricRow(Metric metric, String label, boolean primary, Map<Split, MetricResult> bySplit) {
    }

    /** One row of a confusion matrix: the true class and how its rows were predicted. */
    record ConfusionRow(String actual, List<Long> counts) {
    }

    private final ValidationView result;

    ValidationResultView(ValidationView result, double maxGap) {
        this.result = result;
        setPadding(false);
        var report = result.report();
        add(header(), metrics(), gap(maxGap));
        if (report.task() != TaskType.REGRESSION) {
            add(new H3("Confusion matrix" + (report.threshold() == null ? ""
                    : " at threshold " + Figures.plain(report.threshold()))));
            var matrices = new FlexLayout();
            matrices.setFlexWrap(FlexLayout.FlexWrap.WRAP);
            matrices.getStyle().set("gap", "var(--lumo-space-l)");
            report.splits().stream().filter(s -> s.confusion() != null).forEach(s -> matrices.add(confusion(s)));
            add(matrices);
        }
        add(new H3("Charts"), charts());
    }

    private Component header() {
        var header = new Div();
        header.setId("validation-header");
        var source = new Paragraph("Version " + result.versionLabel() + " · dataset " + result.datasetFile()
                + " (SHA-256 " + result.shortHash() + "…) · computed " + Figures.WHEN.format(result.computedAt())
                + " by " + result.computedBy());
        var method = new Paragraph("Method: " + result.method());
        method.getStyle().setColor("var(--lumo-secondary-text-color)").setFontSize("var(--lumo-font-size-s)");
        header.add(source, method);
        return header;
    }

    private Component metrics() {
        var report = result.report();
        var rows = new LinkedHashMap<Metric, Map<Split, MetricResult>>();
        for (var split : report.splits()) {
            for (var m : split.metrics()) {
                rows.computeIfAbsent(m.metric(), k -> new LinkedHashMap<>()).put(split.split(), m);
            }
        }
        var grid = new Grid<MetricRow>();
        grid.setId("validation-metrics");
        grid.addColumn(r -> r.primary() ? r.label() + " (primary)" : r.label()).setHeader("Metric")
                .setAutoWidth(true).setFlexGrow(0);
        for (var split : report.splits()) {
            grid.addColumn(r -> r.bySplit().containsKey(split.split())
                            ? Figures.metric(r.bySplit().get(split.split())) : "")
                    .setHeader(split.split().label() + " (n = " + split.rows() + ")").setFlexGrow(1)
                    .setKey(split.split().name().toLowerCase(Locale.ROOT));
        }
        grid.setPartNameGenerator(r -> r.primary() ? "primary" : null);
        grid.setItems(rows.entrySet().stream().map(e -> new MetricRow(e.getKey(), e.getKey().label(),
                e.getKey() == report.primaryMetric(), e.getValue())).toList());
        grid.setAllRowsVisible(true);
        return grid;
    }

    private Component gap(double maxGap) {
        var gap = result.report().gap();
        var limit = Figures.plain(maxGap);
        Badge badge;
        if (gap.value() == null) {
            badge = new Badge("Overfitting gap not measured: " + gap.reason(), "neutral");
        } else {
            var text = "Overfitting gap " + Figures.number(gap.value()) + " " + Figures.interval(gap.interval())
                    + " (train " + Figures.number(gap.train()) + ", test " + Figures.number(gap.test()) + ")";
            badge = gap.value() <= maxGap
                    ? new Badge(text + ": within the limit " + limit, "low")
                    : new Badge(text + ": over the limit " + limit, "high");
        }
        badge.setId("validation-gap");
        return badge;
    }

    private Component confusion(SplitResult split) {
        var table = Objects.requireNonNull(split.confusion());
        var grid = new Grid<ConfusionRow>();
        grid.setId("validation-confusion-" + split.split().name().toLowerCase(Locale.ROOT));
        grid.addColumn(ConfusionRow::actual).setHeader(split.split().label() + ": actual ↓ predicted →")
                .setAutoWidth(true);
        for (int j = 0; j < table.labels().size(); j++) {
            int column = j;
            grid.addColumn(r -> r.counts().get(column)).setHeader(table.labels().get(j)).setAutoWidth(true);
        }
        var rows = new ArrayList<ConfusionRow>();
        for (int i = 0; i < table.labels().size(); i++) {
            rows.add(new ConfusionRow(table.labels().get(i), table.counts().get(i)));
        }
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        grid.setWidth("auto");
        grid.getStyle().set("min-width", "20em");
        return grid;
    }

    private Component charts() {
        var report = result.report();
        var charts = new FlexLayout();
        charts.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        charts.getStyle().set("gap", "var(--lumo-space-l)");
        charts.setWidthFull();
        if (report.task() == TaskType.BINARY) {
            add(charts, "validation-roc", () -> Charts.curves("ROC curve", "False-positive rate",
                    "True-positive rate", series(SplitResult::roc), true));
            add(charts, "validation-pr", () -> Charts.curves("Precision–recall curve", "Recall", "Precision",
                    series(SplitResult::precisionRecall), false));
            add(charts, "validation-reliability", () -> Charts.curves("Reliability diagram",
                    "Mean predicted probability", "Observed positive rate", reliability(), true));
        } else if (report.task() == TaskType.REGRESSION) {
            var split = report.split(Split.TEST).orElse(report.splits().getFirst());
            add(charts, "validation-residuals", () -> Charts.scatter("Residuals (" + split.split().label()
                    .toLowerCase(Locale.ROOT) + " split)", "Prediction", "Outcome − prediction",
                    points(split.split().label(), split.residuals()), 0.0));
        } else {
            charts.add(new Span("Multiclass results have no curves; see the confusion matrices."));
        }
        return charts;
    }

    /** Adds the chart with the dataset and method as caption, or says why it cannot be drawn. */
    private void add(FlexLayout charts, String id, Supplier<Chart> chart) {
        var box = new Div();
        box.setId(id);
        box.getStyle().set("flex", "1 1 28em").set("max-width", "40em");
        try {
            box.add(new ChartView(chart.get(), "Dataset " + result.shortHash() + " (" + result.datasetFile()
                    + ") · " + result.method()));
        } catch (IllegalArgumentException e) {
            box.add(new Paragraph(e.getMessage()));
        }
        charts.add(box);
    }

    private List<Series> series(Function<SplitResult, List<CurvePoint>> curve) {
        return result.report().splits().stream().filter(s -> !curve.apply(s).isEmpty())
                .map(s -> points(s.split().label(), curve.apply(s))).toList();
    }

    private List<Series> reliability() {
        return result.report().splits().stream().filter(s -> !s.reliability().isEmpty())
                .map(s -> new Series(s.split().label(),
                        s.reliability().stream().mapToDouble(b -> b.meanPredicted()).toArray(),
                        s.reliability().stream().mapToDouble(b -> b.observedRate()).toArray()))
                .toList();
    }

    private static Series points(String name, List<CurvePoint> points) {
        return new Series(name, points.stream().mapToDouble(CurvePoint::x).toArray(),
                points.stream().mapToDouble(CurvePoint::y).toArray());
    }
}
