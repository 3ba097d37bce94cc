package org.steward.cost.ui;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.steward.chart.Chart;
import org.steward.chart.MonthlyCharts;
import org.steward.cost.BudgetView;
import org.steward.cost.CostCategory;
import org.steward.cost.ModelValue;
import org.steward.register.ModelView;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import org.steward.chart.ui.ChartView;
import org.steward.register.Kpi;

/** The three charts of a model's costs and value over a range of months. */
final class CostCharts {

    private CostCharts() {
    }

    /**
     * The charts of a model for a year up to {@code to}: cost by category, the burn-down of the year's budget (if
     * any) and the value KPI (or the first KPI) against its target; only those with data to draw.
     */
    static List<Chart> forModel(ModelValue value, ModelView model, int year, YearMonth to, String currency,
                                @Nullable BudgetView budget) {
        var from = YearMonth.of(year, 1);
        var charts = new ArrayList<@Nullable Chart>();
        charts.add(costByCategory(value.costByCategory(model.id(), from, to), from, to, currency));
        if (budget != null) {
            charts.add(burnDown(budget, value.burnDown(model.id(), budget.period()).headMap(to, true)));
        }
        var rule = value.rule(model.id());
        model.details().kpis().stream().filter(k -> rule.map(r -> r.valueKpi().equals(k.name())).orElse(true))
                .findFirst().ifPresent(k -> charts.add(kpiVsTarget(k, value.kpiSeries(model.id(), k.name()), from,
                        to)));
        return charts.stream().filter(java.util.Objects::nonNull).map(c -> (Chart) c).toList();
    }

    /** Shows the charts side by side in the layout, or a line saying there is nothing to chart. */
    static void show(FlexLayout layout, List<Chart> charts, String empty) {
        layout.removeAll();
        for (var chart : charts) {
            var view = new ChartView(chart);
            view.getElement().getStyle().set("flex", "1 1 28rem");
            layout.add(view);
        }
        if (charts.isEmpty()) {
            layout.add(new Div(empty));
        }
    }

    static List<String> months(YearMonth from, YearMonth to) {
        var months = new ArrayList<String>();
        for (var m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            months.add(m.toString());
        }
        return months;
    }

    /** Stacked monthly cost per category; none when nothing was spent. */
    static @Nullable Chart costByCategory(Map<CostCategory, TreeMap<YearMonth, BigDecimal>> costs, YearMonth from,
                                          YearMonth to, String currency) {
        if (costs.isEmpty()) {
            return null;
        }
        var series = new LinkedHashMap<String, double[]>();
        costs.forEach((category, byMonth) -> series.put(category.label(), values(byMonth, from, to)));
        return MonthlyCharts.stackedBars("Cost over time by category", currency, months(from, to), series);
    }

    /** Cumulative spending against the budget; none without a budget. */
    static @Nullable Chart burnDown(@Nullable BudgetView budget, NavigableMap<YearMonth, BigDecimal> cumulative) {
        if (budget == null || cumulative.isEmpty()) {
            return null;
        }
        var from = budget.period().first();
        var to = cumulative.lastKey().isBefore(budget.period().last()) ? cumulative.lastKey() : budget.period().last();
        var spent = values(cumulative, from, to);
        var left = new double[spent.length];
        for (int i = 0; i < spent.length; i++) {
            left[i] = budget.amount().doubleValue() - spent[i];
        }
        var series = new LinkedHashMap<String, double[]>();
        series.put("Spent so far", spent);
        series.put("Budget left", left);
        return MonthlyCharts.lines("Budget burn-down " + budget.period().label(), budget.currency(),
                months(from, to), series, budget.amount().doubleValue(), "Budget " + budget.period().label());
    }

    /** A KPI's measured values against its target; none without measurements. */
    static @Nullable Chart kpiVsTarget(Kpi kpi, NavigableMap<YearMonth, BigDecimal> measured, YearMonth from,
                                       YearMonth to) {
        var within = measured.subMap(from, true, to, true);
        if (within.isEmpty()) {
            return null;
        }
        var series = new LinkedHashMap<String, double[]>();
        series.put(kpi.name(), within.values().stream().mapToDouble(BigDecimal::doubleValue).toArray());
        var months = within.keySet().stream().map(YearMonth::toString).toList();
        return MonthlyCharts.lines(kpi.name() + " vs target", kpi.unit(), months, series,
                kpi.target().doubleValue(), "Target " + kpi.target().toPlainString() + " (" + kpi.direction().label()
                        .toLowerCase() + ")");
    }

    /** Values per month, 0 for a month without any. */
    private static double[] values(NavigableMap<YearMonth, BigDecimal> byMonth, YearMonth from, YearMonth to) {
        var months = months(from, to);
        var values = new double[months.size()];
        for (int i = 0; i < values.length; i++) {
            var v = byMonth.get(YearMonth.parse(months.get(i)));
            values[i] = v == null ? 0 : v.doubleValue();
        }
        return values;
    }
}
