package org.steward.cost.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import java.time.Clock;
import java.time.YearMonth;
import java.util.Objects;
import org.steward.base.ui.Badge;
import org.steward.cost.BudgetPeriod;
import org.steward.cost.BudgetView;
import org.steward.cost.CostEntryView;
import org.steward.cost.CostLedger;
import org.steward.cost.KpiStatus;
import org.steward.cost.KpiValue;
import org.steward.cost.ModelValue;
import org.steward.register.ModelView;

/**
 * The Costs tab: the figures of a chosen year (up to this month), KPI target vs actual, the charts, the budgets,
 * the cost entries and the KPI values, with the actions the signed-in user may take.
 */
class CostsPanel extends VerticalLayout {

    final Select<Integer> year = new Select<>();
    final Grid<KpiStatus> kpis = new Grid<>();
    final Grid<BudgetView> budgets = new Grid<>();
    final Grid<CostEntryView> entries = new Grid<>();
    final Grid<KpiValue> kpiValues = new Grid<>();
    private final Div figures = new Div();
    private final FlexLayout charts = new FlexLayout();
    private final CostLedger ledger;
    private final ModelValue value;
    private final ModelView model;
    private final Clock clock;
    private final String currency;

    CostsPanel(CostLedger ledger, ModelValue value, ModelView model, Clock clock) {
        this.ledger = ledger;
        this.value = value;
        this.model = model;
        this.clock = clock;
        this.currency = ledger.reportingCurrency().getCurrencyCode();
        setPadding(false);
        var now = YearMonth.now(clock).getYear();
        year.setId("cost-year");
        year.setLabel("Year");
        year.setItems(now, now - 1, now - 2);
        // the year of the last complete month: in January that is last year, the one with a full record
        year.setValue(YearMonth.now(clock).minusMonths(1).getYear());
        year.addValueChangeListener(e -> refresh());
        charts.setId("cost-charts");
        charts.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        charts.getStyle().set("gap", "var(--lumo-space-m)");
        configureGrids();
        add(new HorizontalLayout(year, actions()), figures, heading("KPI target vs actual"), kpis, charts,
                heading("Budgets"), budgets, heading("Cost entries (" + currency + " is the reporting currency)"),
                entries, heading("KPI values"), kpiValues);
        refresh();
    }

    private static H3 heading(String text) {
        return new H3(text);
    }

    private Component actions() {
        var bar = new HorizontalLayout();
        bar.setAlignItems(Alignment.END);
        if (ledger.canRecord(model.id())) {
            bar.add(button("Add cost", "add-cost", () -> new CostDialog(ledger, model, clock, this::refresh).open()),
                    button("Import CSV", "import-costs", () -> new ImportDialog(ledger, model, this::refresh).open()),
                    button("Record KPI value", "record-kpi",
                            () -> new KpiDialog(value, model, clock, this::refresh).open()));
        }
        if (ledger.canBudget(model.id())) {
            bar.add(button("Set budget", "set-budget",
                            () -> new BudgetDialog(ledger, model, clock, this::refresh).open()),
                    button("Value rule", "set-rule",
                            () -> new RuleDialog(value, model, currency, this::refresh).open()));
        }
        return bar;
    }

    private static Button button(String text, String id, Runnable action) {
        var b = new Button(text, e -> action.run());
        b.setId(id);
        return b;
    }

    private void configureGrids() {
        kpis.setId("kpi-status");
        kpis.addThemeVariants(GridVariant.LUMO_COMPACT);
        kpis.setAllRowsVisible(true);
        kpis.addColumn(KpiStatus::name).setHeader("KPI").setFlexGrow(2);
        kpis.addColumn(k -> k.target().toPlainString() + " " + k.unit()).setHeader("Target").setAutoWidth(true);
        kpis.addColumn(k -> k.latest() == null ? "not measured" : Amounts.number(k.latest()) + " (" + k.latestMonth()
                + ")").setHeader("Latest").setAutoWidth(true);
        kpis.addColumn(k -> Amounts.number(k.mean() == null ? null : k.mean().setScale(2,
                java.math.RoundingMode.HALF_EVEN))).setHeader("Mean").setAutoWidth(true);
        kpis.addComponentColumn(k -> k.met() == null ? new Badge("–", "low")
                : k.met() ? new Badge("Met", "low") : new Badge("Missed", "high")).setHeader("Latest vs target")
                .setAutoWidth(true);

        budgets.setId("budget-grid");
        budgets.addThemeVariants(GridVariant.LUMO_COMPACT);
        budgets.setAllRowsVisible(true);
        budgets.addColumn(b -> b.period().label()).setHeader("Period").setAutoWidth(true);
        budgets.addColumn(b -> Amounts.money(b.amount(), b.currency())).setHeader("Budget").setAutoWidth(true);
        budgets.addColumn(b -> Amounts.money(b.spent(), b.currency())).setHeader("Spent").setAutoWidth(true);
        budgets.addComponentColumn(b -> new Badge(Amounts.percent(b.used()), b.overrun() ? "high"
                : b.reached().isEmpty() ? "low" : "medium")).setHeader("Used").setAutoWidth(true);
        budgets.addColumn(b -> b.levels().text() + "%").setHeader("Alerts at").setAutoWidth(true);
        budgets.setEmptyStateText("No budget yet; the model's business owner sets one.");

        entries.setId("cost-grid");
        entries.addThemeVariants(GridVariant.LUMO_COMPACT);
        entries.setHeight("18rem");
        entries.addColumn(e -> e.details().start().equals(e.details().end()) ? e.details().start().toString()
                : e.details().start() + " – " + e.details().end()).setHeader("Period").setAutoWidth(true);
        entries.addColumn(e -> e.details().category().label()).setHeader("Category").setAutoWidth(true);
        entries.addColumn(e -> Amounts.money(e.details().amount(), e.details().currency().getCurrencyCode()))
                .setHeader("Amount").setAutoWidth(true);
        entries.addColumn(e -> Objects.requireNonNullElse(e.details().version(), "")).setHeader("Version")
                .setAutoWidth(true);
        entries.addColumn(e -> e.source().label()).setHeader("Source").setAutoWidth(true);
        entries.addColumn(e -> Objects.requireNonNullElse(e.details().note(), "")).setHeader("Note").setFlexGrow(2);
        entries.addColumn(CostEntryView::recordedBy).setHeader("By").setAutoWidth(true);
        entries.setEmptyStateText("No costs recorded yet.");
        entries.setItems(q -> ledger.entries(model.id(), VaadinSpringDataHelpers.toSpringPageRequest(q)).stream(),
                q -> (int) ledger.countEntries(model.id()));

        kpiValues.setId("kpi-value-grid");
        kpiValues.addThemeVariants(GridVariant.LUMO_COMPACT);
        kpiValues.setHeight("14rem");
        kpiValues.addColumn(v -> v.month().toString()).setHeader("Month").setAutoWidth(true);
        kpiValues.addColumn(KpiValue::kpi).setHeader("KPI").setFlexGrow(2);
        kpiValues.addColumn(v -> v.value().toPlainString()).setHeader("Value").setAutoWidth(true);
        kpiValues.addColumn(v -> v.source().label()).setHeader("Source").setAutoWidth(true);
        kpiValues.addColumn(KpiValue::recordedBy).setHeader("By").setAutoWidth(true);
        kpiValues.setEmptyStateText("No KPI values measured yet.");
        kpiValues.setItems(q -> value.kpiValues(model.id(), VaadinSpringDataHelpers.toSpringPageRequest(q)).stream(),
                q -> (int) value.countKpiValues(model.id()));
    }

    void refresh() {
        var y = year.getValue();
        var now = YearMonth.now(clock);
        var from = YearMonth.of(y, 1);
        var to = y == now.getYear() ? now : YearMonth.of(y, 12);
        var f = value.figures(model.id(), from, to);
        figures.removeAll();
        figures.add(new FiguresView(f, currency, value.reviewFlag(model.id()).orElse(null)));
        kpis.setItems(f.kpis());
        var allBudgets = ledger.budgets(model.id());
        budgets.setItems(allBudgets);
        entries.getDataProvider().refreshAll();
        kpiValues.getDataProvider().refreshAll();
        var yearBudget = allBudgets.stream().filter(b -> b.period().equals(BudgetPeriod.year(y))).findFirst()
                .orElse(null);
        CostCharts.show(charts, CostCharts.forModel(value, model, y, to, currency, yearBudget),
                "No costs or KPI values in " + y + " to chart.");
    }

}
