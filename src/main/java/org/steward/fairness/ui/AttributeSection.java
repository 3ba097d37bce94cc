package org.steward.fairness.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.steward.base.ui.Badge;
import org.steward.chart.ui.ChartView;
import org.steward.fairness.measure.FairnessResult;
import org.steward.fairness.measure.FairnessResult.AttributeResult;
import org.steward.fairness.measure.FairnessResult.GroupResult;
import org.steward.fairness.measure.FairnessResult.MeasureResult;

/** One sensitive attribute of an audit: its measures against the policy, its groups and its charts. */
class AttributeSection extends VerticalLayout {

    AttributeSection(AttributeResult a, FairnessResult result, int index, String caption) {
        setPadding(false);
        setSpacing(false);
        setId("fairness-attribute-" + index);
        var compared = a.reference() == null ? "groups compared among themselves (worst vs best)"
                : "groups compared with '" + a.reference() + "'";
        add(new H3(a.name() + (a.intersection() ? " (intersection)" : "")), new Span(compared));
        add(new H4("Measures"), measures(a, index), new H4("Groups"), groups(a, result, index));
        var charts = new Div();
        charts.addClassName("steward-charts");
        charts.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-m)");
        for (var chart : FairnessCharts.of(a, result)) {
            var view = new ChartView(chart, caption);
            view.getStyle().set("flex", "1 1 30rem");
            charts.add(view);
        }
        add(charts);
    }

    private static Grid<MeasureResult> measures(AttributeResult a, int index) {
        var grid = new Grid<MeasureResult>();
        grid.setId("fairness-measures-" + index);
        grid.addColumn(m -> m.measure().label()).setHeader("Measure").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(m -> Figures.number(m.value().value())).setHeader("Value").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(m -> Figures.interval(m.value())).setHeader("95 % interval").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(m -> m.limit() == null ? "not in the policy" : m.limit().describe()).setHeader("Limit")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(m -> m.verdict() == null ? new Span(Figures.NONE)
                : new Badge(m.verdict().label(), Figures.level(m.verdict()))).setHeader("Verdict")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AttributeSection::note).setHeader("Note").setFlexGrow(1);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.setItems(a.measures());
        return grid;
    }

    private static String note(MeasureResult m) {
        if (m.reason() != null) {
            return m.reason();
        }
        return m.worstGroups().isEmpty() ? "" : "set by " + String.join(" vs ", m.worstGroups().stream()
                .map(g -> "'" + g + "'").toList());
    }

    private static Grid<GroupResult> groups(AttributeResult a, FairnessResult result, int index) {
        var grid = new Grid<GroupResult>();
        grid.setId("fairness-groups-" + index);
        grid.addColumn(GroupResult::group).setHeader("Group").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(GroupResult::n).setHeader("n").setAutoWidth(true).setFlexGrow(0);
        if ("BINARY".equals(result.task())) {
            grid.addColumn(g -> Figures.withInterval(g.selectionRate())).setHeader("Selection rate")
                    .setAutoWidth(true);
            grid.addColumn(g -> Figures.withInterval(g.tpr())).setHeader("TPR").setAutoWidth(true);
            grid.addColumn(g -> Figures.withInterval(g.fpr())).setHeader("FPR").setAutoWidth(true);
            grid.addColumn(g -> Figures.withInterval(g.precision())).setHeader("Precision").setAutoWidth(true);
        }
        grid.addColumn(g -> Figures.withInterval(g.metric())).setHeader(result.primaryMetric()).setAutoWidth(true);
        grid.addComponentColumn(g -> g.small() ? new Badge("fewer than " + result.settings().minGroupSize()
                + " rows: not compared", "medium") : new Span()).setHeader("Warning").setFlexGrow(1);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.setItems(a.groups());
        return grid;
    }
}
