package org.steward.monitoring.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.steward.chart.MonthlyCharts;
import org.steward.chart.ui.ChartView;
import org.steward.monitoring.TrendPoint;

/** Data quality, latency and ROC AUC over the model's last evaluations, as server-side SVG line charts. */
final class MonitoringTrends {

    static final int SHOWN = 30;
    private static final String WINDOW = "window end (UTC)";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("MM-dd HH:mm").withZone(ZoneOffset.UTC);

    private MonitoringTrends() {
    }

    static Component of(List<TrendPoint> points) {
        var charts = new FlexLayout();
        charts.setId("monitoring-trends");
        charts.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        charts.getStyle().set("gap", "var(--lumo-space-m)");
        if (points.size() < 2) {
            charts.add(new Div("Trends appear after two evaluations."));
            return charts;
        }
        var when = points.stream().map(p -> WHEN.format(p.windowEnd())).toList();
        var quality = new LinkedHashMap<String, double[]>();
        quality.put("missing", percent(points, TrendPoint::missingRate));
        quality.put("out of range", percent(points, TrendPoint::outOfRangeRate));
        quality.put("unseen categories", percent(points, TrendPoint::unseenRate));
        quality.put("errors", percent(points, TrendPoint::errorRate));
        charts.add(box(new ChartView(MonthlyCharts.lines("Data quality and errors by window (UTC)",
                "% of cells or rows", WINDOW, when, quality, null, ""),
                "Window ends " + when.getFirst() + " to " + when.getLast())));
        if (points.stream().allMatch(p -> p.latencyP50() != null && p.latencyP95() != null && p.latencyP99() != null)) {
            var latency = new LinkedHashMap<String, double[]>();
            latency.put("p50", values(points, TrendPoint::latencyP50));
            latency.put("p95", values(points, TrendPoint::latencyP95));
            latency.put("p99", values(points, TrendPoint::latencyP99));
            charts.add(box(new ChartView(MonthlyCharts.lines("Latency by window (UTC)", "ms", WINDOW, when, latency,
                    null, ""), "Percentiles of the observations' reported latency")));
        }
        var withAuc = points.stream().filter(p -> p.auc() != null).toList();
        if (withAuc.size() >= 2) {
            var auc = new LinkedHashMap<String, double[]>();
            auc.put("ROC AUC", values(withAuc, TrendPoint::auc));
            var reference = withAuc.getLast().referenceAuc();
            charts.add(box(new ChartView(MonthlyCharts.lines("ROC AUC on joined outcomes by window (UTC)", "ROC AUC",
                    WINDOW,
                    withAuc.stream().map(p -> WHEN.format(p.windowEnd())).toList(), auc, reference,
                    reference == null ? "" : "Reference " + String.format(Locale.ROOT, "%.3f", reference)),
                    "Windows with outcomes only")));
        }
        return charts;
    }

    private static Div box(ChartView chart) {
        var box = new Div(chart);
        box.getStyle().set("flex", "1 1 30rem").set("max-width", "44rem");
        return box;
    }

    private static double[] percent(List<TrendPoint> points, Function<TrendPoint, Double> rate) {
        return points.stream().mapToDouble(p -> 100 * rate.apply(p)).toArray();
    }

    private static double[] values(List<TrendPoint> points, Function<TrendPoint, @Nullable Double> value) {
        return points.stream().map(value).map(Objects::requireNonNull).mapToDouble(Double::doubleValue).toArray();
    }
}
