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
import org.steward.register.Kpi;

/** The three charts of a model's costs and value over a range of months. */
final class CostCharts {

    private CostCharts() {
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
