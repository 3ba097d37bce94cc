package org.steward.monitoring.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.steward.base.DomainException;
import org.steward.base.ui.Badge;
import org.steward.base.ui.Notifications;
import org.steward.chart.Charts;
import org.steward.chart.ui.ChartView;
import org.steward.monitoring.AlertView;
import org.steward.monitoring.EvaluationResult;
import org.steward.monitoring.EvaluationResult.FeatureDrift;
import org.steward.monitoring.EvaluationSummary;
import org.steward.monitoring.EvaluationView;
import org.steward.monitoring.Monitoring;
import org.steward.monitoring.Retraining;
import org.steward.register.ModelView;

/**
 * The model's monitoring: latest status with its reasons, the open alert (acknowledged by the owner), the drift
 * table by severity with the selected feature's histograms, quality and operational figures, and the timeline.
 */
class MonitoringPanel extends VerticalLayout {

    private final Monitoring monitoring;
    private final Retraining retraining;
    private final ModelView model;
    private final Div alert = new Div();
    private final Div histogram = new Div();

    /** {@code sections} follow the evaluation: serving statistics, batches, the policy. */
    MonitoringPanel(Monitoring monitoring, Retraining retraining, ModelView model, List<Component> sections) {
        this.monitoring = monitoring;
        this.retraining = retraining;
        this.model = model;
        setId("monitoring-tab");
        setPadding(false);
        var latest = monitoring.latest(model.id());
        if (latest.isEmpty()) {
            var none = new Paragraph("No monitoring evaluation yet: send a baseline and production batches "
                    + "(REST, scope monitoring:write; see docs/monitoring.md).");
            none.setId("monitoring-none");
            add(none);
            sections.forEach(this::add);
            return;
        }
        var view = latest.get();
        alert.setId("monitoring-alert");
        showAlert();
        histogram.setId("monitoring-histogram");
        histogram.setWidthFull();
        add(header(view), alert, new H3("Drift by feature"), driftTable(view), histogram,
                new H3("Data quality and operations"), figures(view.result()),
                MonitoringTrends.of(monitoring.trend(model.id(), MonitoringTrends.SHOWN)), new H3("Status timeline"),
                timeline(), new H3("Alerts"), AlertsGrid.of(monitoring, retraining, model.id()));
        sections.forEach(this::add);
        view.result().features().stream().max(java.util.Comparator.comparingDouble(FeatureDrift::severity))
                .ifPresent(this::showHistogram);
    }

    private VerticalLayout header(EvaluationView view) {
        var e = view.evaluation();
        var status = new Badge(e.status().name(), Shown.level(e.status()));
        status.setId("monitoring-status");
        var facts = new Span("Version " + e.versionLabel() + " · " + view.result().window() + ", " + e.windowRows()
                + " observations up to " + Shown.time(e.windowEnd()) + " · policy v" + e.policyVersion()
                + " · evaluated " + Shown.time(e.evaluatedAt()));
        facts.setId("monitoring-facts");
        var line = new HorizontalLayout(status, facts);
        line.setAlignItems(Alignment.BASELINE);
        var header = new VerticalLayout(line);
        header.setPadding(false);
        header.setSpacing(false);
        if (view.rawDataPurgedAt() != null) {
            var purged = new Paragraph("Raw data purged on " + Shown.time(view.rawDataPurgedAt()) + ": the figures "
                    + "below were computed before and stay; the window cannot be judged again.");
            purged.setId("monitoring-purged");
            purged.addClassName("steward-muted");
            header.add(purged);
        }
        var findings = view.result().findings().stream()
                .map(f -> new ListItem(f.level() + " · " + f.area() + ": " + f.reason())).toArray(ListItem[]::new);
        if (findings.length > 0) {
            var list = new UnorderedList(findings);
            list.setId("monitoring-findings");
            header.add(list);
        }
        return header;
    }

    private void showAlert() {
        alert.removeAll();
        var open = monitoring.openAlert(model.id());
        if (open.isEmpty()) {
            return;
        }
        var a = open.get();
        var text = new Paragraph("Alert " + a.id() + " opened " + Shown.time(a.openedAt()) + " for version "
                + a.versionLabel() + (a.retrainingRequested() ? "; retraining requested (sent to the model's "
                + "webhook, if it has one)" : "") + ": " + a.reasons());
        text.setId("monitoring-alert-text");
        alert.add(new Badge("Open alert", "high"), text);
        if (a.retrainingRequested()) {
            var reports = retraining.reports(a.id());
            var state = new Paragraph(reports.isEmpty() ? "Retraining: no report from the pipeline yet."
                    : "Retraining: " + AlertsGrid.describe(reports.getLast()));
            state.setId("monitoring-retraining");
            alert.add(state);
        }
        if (monitoring.canAcknowledge(model.id())) {
            var comment = new TextArea("Acknowledge with a comment");
            comment.setId("monitoring-ack-comment");
            comment.setWidthFull();
            var button = new Button("Acknowledge", e -> acknowledge(a, comment.getValue()));
            button.setId("monitoring-acknowledge");
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            alert.add(comment, button);
        }
    }

    private void acknowledge(AlertView a, String comment) {
        try {
            monitoring.acknowledge(a.id(), a.version(), comment);
            Notifications.success("Alert " + a.id() + " acknowledged.");
            showAlert();
        } catch (DomainException e) {
            Notifications.error(e.getMessage());
        } catch (AccessDeniedException e) {
            Notifications.error("Only the model's business owner acknowledges its alerts.");
        }
    }

    private Grid<FeatureDrift> driftTable(EvaluationView view) {
        var grid = new Grid<FeatureDrift>();
        grid.setId("monitoring-drift");
        var name = grid.addColumn(FeatureDrift::name).setHeader("Feature").setSortable(true).setSortProperty("name")
                .setAutoWidth(true);
        var severity = grid.addComponentColumn(d -> d.test() == null ? new Span(Shown.NONE)
                        : new Badge(d.drifted() ? "Drifted" : "Stable", d.drifted() ? "high" : "low"))
                .setHeader("Drift").setAutoWidth(true).setFlexGrow(0);
        var bySeverity = grid.addColumn(d -> Shown.number(d.severity())).setHeader("Severity").setSortable(true)
                .setSortProperty("severity").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(d -> d.test() == null ? d.note() : d.test().label()).setHeader("Test").setAutoWidth(true);
        grid.addColumn(d -> Shown.number(d.value())).setHeader("Value").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(d -> Shown.number(d.threshold()) + (d.overridden() ? " (policy)" : " (default)"))
                .setHeader("Threshold").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(d -> d.referenceCount() + " / " + d.currentCount()).setHeader("Reference / current")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(d -> d.exact() ? "exact" : "sketch").setHeader("Mode").setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        long id = view.evaluation().id();
        int count = view.result().features().size();
        grid.setItems(query -> monitoring.drift(id, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> count);
        grid.sort(List.of(new GridSortOrder<>(bySeverity, SortDirection.DESCENDING)));
        grid.addItemClickListener(e -> showHistogram(e.getItem()));
        name.setFlexGrow(1);
        severity.setKey("drift");
        return grid;
    }

    private void showHistogram(FeatureDrift drift) {
        histogram.removeAll();
        var h = drift.histogram();
        if (h.bins().isEmpty()) {
            return;
        }
        var values = new double[][] {toArray(h.reference()), toArray(h.current())};
        var chart = Charts.groupedBars(drift.name() + ": reference vs current", "share of values", h.bins(),
                List.of("reference", "current"), values);
        histogram.add(new ChartView(chart, drift.test() == null ? drift.note() : drift.test().label() + " "
                + Shown.number(drift.value()) + ", threshold " + Shown.number(drift.threshold())));
    }

    private static double[] toArray(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static Div figures(EvaluationResult result) {
        var q = result.quality();
        var o = result.operational();
        var quality = new Paragraph("Missing " + Shown.percent(q.missingRate()) + " · out of range "
                + Shown.percent(q.outOfRangeRate()) + " · unseen categories " + Shown.percent(q.unseenRate())
                + " · type errors " + Shown.percent(q.typeErrorRate()) + " · duplicate request ids "
                + q.duplicateRequestIds() + (q.unknownFeatures().isEmpty() ? ""
                : " · features not in the baseline: " + String.join(", ", q.unknownFeatures())));
        quality.setId("monitoring-quality");
        var operations = new Paragraph("Latency p50 " + Shown.number(o.latencyP50()) + " ms · p95 "
                + Shown.number(o.latencyP95()) + " ms · p99 " + Shown.number(o.latencyP99()) + " ms · errors "
                + Shown.percent(o.errorRate()) + " · " + o.rows() + " observations in " + o.batches() + " batches"
                + (o.throughputPerHour() == null ? "" : " · " + Shown.number(o.throughputPerHour()) + " per hour")
                + served(o));
        operations.setId("monitoring-operations");
        var figures = new Div(quality, operations);
        var p = result.performance();
        if (p != null) {
            var performance = new Paragraph("ROC AUC " + Shown.number(p.auc()) + " on " + p.outcomes()
                    + " outcomes · reference " + Shown.number(p.referenceAuc()) + " (" + p.referenceSource() + ")"
                    + (p.drop() == null ? "" : " · drop " + Shown.number(p.drop())));
            performance.setId("monitoring-performance");
            figures.add(performance);
        }
        return figures;
    }

    private static String served(EvaluationResult.Operational o) {
        if (o.servedRequests() == null) {
            return "";
        }
        return " · pushed serving statistics: " + o.servedRequests() + " requests (errors counted from them"
                + ("rows".equals(o.latencySource()) ? ")" : ", latency of the worst period)")
                + (o.cpuPeak() == null ? "" : " · CPU peak " + Shown.percent(o.cpuPeak()))
                + (o.memoryPeakMb() == null ? "" : " · memory peak " + Shown.megabytes(o.memoryPeakMb()) + " MB");
    }

    private Grid<EvaluationSummary> timeline() {
        var grid = new Grid<EvaluationSummary>();
        grid.setId("monitoring-timeline");
        grid.addColumn(e -> Shown.time(e.windowEnd())).setHeader("Window end").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(e -> new Badge(e.status().name(), Shown.level(e.status()))).setHeader("Status")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(EvaluationSummary::versionLabel).setHeader("Version").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> "v" + e.policyVersion()).setHeader("Policy").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(EvaluationSummary::windowRows).setHeader("Rows").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(EvaluationSummary::reasons).setHeader("Reasons").setFlexGrow(1);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setPageSize(20);
        grid.setHeight("24em");
        grid.setItems(query -> monitoring.timeline(model.id(), VaadinSpringDataHelpers.toSpringPageRequest(query))
                .stream(), query -> (int) monitoring.countEvaluations(model.id()));
        return grid;
    }
}
