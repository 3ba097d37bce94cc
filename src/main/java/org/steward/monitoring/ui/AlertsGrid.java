package org.steward.monitoring.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.steward.base.ui.Badge;
import org.steward.monitoring.AlertView;
import org.steward.monitoring.Monitoring;
import org.steward.monitoring.Retraining;
import org.steward.monitoring.RetrainingReportView;

/** Every alert of the model, newest first: why it opened, who acknowledged it, and where its retraining stands. */
final class AlertsGrid {

    /** An alert with the latest report on its retraining request, if any. */
    record Row(AlertView alert, @Nullable RetrainingReportView retraining) {
    }

    private AlertsGrid() {
    }

    static Grid<Row> of(Monitoring monitoring, Retraining retraining, long modelId) {
        var grid = new Grid<Row>();
        grid.setId("monitoring-alerts");
        grid.addColumn(r -> Shown.time(r.alert().openedAt())).setHeader("Opened").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> r.alert().versionLabel()).setHeader("Version").setAutoWidth(true).setFlexGrow(0)
                .setTooltipGenerator(r -> r.alert().reasons());
        grid.addComponentColumn(r -> r.alert().open() ? new Badge("open", "high") : new Badge("acknowledged", "low"))
                .setHeader("State").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> r.alert().open() ? Shown.NONE : r.alert().acknowledgedBy() + ", "
                + Shown.time(r.alert().acknowledgedAt()) + ": " + r.alert().comment()).setHeader("Acknowledgement")
                .setFlexGrow(1);
        grid.addColumn(AlertsGrid::retraining).setHeader("Retraining").setFlexGrow(1);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setHeight("16em");
        grid.setItems(query -> {
            var page = monitoring.alerts(modelId, VaadinSpringDataHelpers.toSpringPageRequest(query));
            var latest = retraining.latest(page);
            return page.stream().map(a -> new Row(a, latest.get(a.id())));
        }, query -> (int) monitoring.countAlerts(modelId));
        return grid;
    }

    private static String retraining(Row row) {
        if (!row.alert().retrainingRequested()) {
            return "not requested";
        }
        return row.retraining() == null ? "requested, no report yet" : describe(row.retraining());
    }

    static String describe(RetrainingReportView r) {
        return r.state().name().toLowerCase(Locale.ROOT) + " (" + r.reportedBy() + ", " + Shown.time(r.reportedAt())
                + ")" + (r.versionLabel() == null ? "" : ", version " + r.versionLabel())
                + (r.note() == null ? "" : ": " + r.note());
    }
}
