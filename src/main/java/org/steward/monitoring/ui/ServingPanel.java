package org.steward.monitoring.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import org.steward.base.ui.Badge;
import org.steward.monitoring.ServingStatistics;
import org.steward.monitoring.ServingStatistics.JudgedPeriod;
import org.steward.register.ModelView;

/** Serving statistics pushed as aggregates, newest period first, each judged under the model's current policy. */
class ServingPanel extends VerticalLayout {

    final Grid<JudgedPeriod> grid = new Grid<>();

    ServingPanel(ServingStatistics statistics, ModelView model) {
        setPadding(false);
        var intro = new Paragraph("Figures a serving system pushes per period when it cannot send rows (REST, scope "
                + "monitoring:write). Each period's status applies the policy's error-rate and latency limits; "
                + "evaluations take the periods that overlap their window.");
        intro.addClassName("steward-muted");
        grid.setId("monitoring-serving");
        grid.setHeight("16rem");
        grid.addColumn(p -> Shown.time(p.period().periodStart()) + " – " + Shown.time(p.period().periodEnd()))
                .setHeader("Period").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(p -> p.period().versionLabel()).setHeader("Version").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(p -> new Badge(p.judged().status().name(), Shown.level(p.judged().status())))
                .setHeader("Status").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(p -> p.period().requests()).setHeader("Requests").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(p -> Shown.percent(p.period().errorRate())).setHeader("Errors").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(p -> Shown.number(p.period().latencyP50Ms()) + " / " + Shown.number(p.period().latencyP95Ms())
                + " / " + Shown.number(p.period().latencyP99Ms())).setHeader("Latency p50 / p95 / p99 (ms)")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(p -> p.period().cpuUtilisation() == null ? "–" : Shown.percent(p.period().cpuUtilisation()))
                .setHeader("CPU").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(p -> Shown.megabytes(p.period().memoryMb())).setHeader("Memory (MB)").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(p -> String.join("; ", p.judged().reasons())).setHeader("Why").setFlexGrow(1);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText("No serving statistics have been pushed for this model.");
        grid.setItems(q -> statistics.periods(model.id(), VaadinSpringDataHelpers.toSpringPageRequest(q)).stream(),
                q -> (int) statistics.count(model.id())).setIdentifierProvider(p -> p.period().id());
        add(new H3("Serving statistics"), intro, grid);
    }
}
