package org.steward.cost;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.steward.register.Kpi;

/** Computes {@link ValueFigures} from a model's cost book, prediction volumes, KPI measurements and value rule. */
public final class ValueCalculator {

    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

    private ValueCalculator() {
    }

    /**
     * @param predictions  predictions served per month
     * @param measurements measured values per KPI name and month
     * @param rule         the model's value rule, if one is set
     */
    public static ValueFigures of(CostBook book, YearMonth from, YearMonth to, Map<YearMonth, Long> predictions,
                                  List<Kpi> kpis, Map<String, ? extends NavigableMap<YearMonth, BigDecimal>>
                                          measurements, @Nullable ValueRule rule) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the range ends (" + to + ") before it starts (" + from + ")");
        }
        var notes = new ArrayList<String>();
        var total = book.total(from, to);
        var monthly = book.byMonth(from, to);

        var counted = new TreeMap<>(predictions).subMap(from, true, to, true);
        BigDecimal perThousand = null;
        var predicted = counted.values().stream().mapToLong(Long::longValue).sum();
        if (counted.isEmpty()) {
            notes.add("No prediction counts yet: record monthly prediction volumes to get the cost per 1,000 "
                    + "predictions.");
        } else if (predicted == 0) {
            notes.add("The recorded prediction volumes are all zero: no cost per 1,000 predictions.");
        } else {
            var cost = counted.keySet().stream().map(m -> monthly.getOrDefault(m, BigDecimal.ZERO))
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            perThousand = cost.multiply(THOUSAND).divide(BigDecimal.valueOf(predicted), Money.SCALE, Money.ROUNDING);
        }

        var statuses = kpis.stream().map(k -> status(k, within(measurements.get(k.name()), from, to))).toList();

        BigDecimal perUnit = null;
        BigDecimal value = null;
        BigDecimal roi = null;
        String review = null;
        if (rule == null) {
            notes.add("No value rule: choose the KPI that measures the model's value to get the cost per KPI unit "
                    + "and ROI.");
        } else {
            var valueKpi = kpis.stream().filter(k -> k.name().equals(rule.valueKpi())).findFirst();
            var measured = within(measurements.get(rule.valueKpi()), from, to);
            if (valueKpi.isEmpty()) {
                notes.add("The value KPI '" + rule.valueKpi() + "' is no longer a KPI of the business objective.");
            } else if (measured.isEmpty()) {
                notes.add("No measured value of '" + rule.valueKpi() + "' in these months.");
            } else {
                var units = measured.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
                var cost = measured.keySet().stream().map(m -> monthly.getOrDefault(m, BigDecimal.ZERO))
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
                perUnit = Money.ratio(cost, units).map(Money::stored).orElse(null);
                if (rule.unitValue() == null) {
                    notes.add("No value per unit of '" + rule.valueKpi() + "': no ROI.");
                } else {
                    value = Money.stored(units.multiply(rule.unitValue()));
                    roi = Money.ratio(value.subtract(total), total).orElse(null);
                }
                review = review(rule, valueKpi.get(), measured, monthly);
            }
        }
        return new ValueFigures(from, to, total, perThousand, counted.size(), perUnit, value, roi, statuses, review,
                notes);
    }

    private static NavigableMap<YearMonth, BigDecimal> within(
            @Nullable NavigableMap<YearMonth, BigDecimal> values, YearMonth from, YearMonth to) {
        return values == null ? new TreeMap<>() : values.subMap(from, true, to, true);
    }

    private static KpiStatus status(Kpi kpi, NavigableMap<YearMonth, BigDecimal> measured) {
        if (measured.isEmpty()) {
            return new KpiStatus(kpi.name(), kpi.unit(), kpi.target(), kpi.direction(), 0, null, null, null, null);
        }
        var latest = measured.lastEntry();
        var mean = measured.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(measured.size()), 6, Money.ROUNDING);
        return new KpiStatus(kpi.name(), kpi.unit(), kpi.target(), kpi.direction(), measured.size(), latest.getKey(),
                latest.getValue(), mean, KpiStatus.meets(latest.getValue(), kpi.target(), kpi.direction()));
    }

    /** The rule's finding over the latest measured months, or null when it does not flag the model. */
    private static @Nullable String review(ValueRule rule, Kpi kpi, NavigableMap<YearMonth, BigDecimal> measured,
                                           Map<YearMonth, BigDecimal> monthly) {
        var findings = new ArrayList<String>();
        var n = rule.costPeriods();
        if (rule.maxCostPerUnit() != null && n != null && measured.size() >= n) {
            var last = latest(measured, n);
            var above = last.stream().allMatch(m -> {
                var units = measured.get(m);
                var cost = monthly.getOrDefault(m, BigDecimal.ZERO);
                return units.signum() <= 0 ? cost.signum() > 0
                        : cost.divide(units, Money.SCALE, Money.ROUNDING).compareTo(rule.maxCostPerUnit()) > 0;
            });
            if (above) {
                findings.add("cost per unit of " + kpi.name() + " above " + rule.maxCostPerUnit()
                        .stripTrailingZeros().toPlainString() + " in each of the last " + n + " measured months ("
                        + last.getFirst() + " to " + last.getLast() + ")");
            }
        }
        var k = rule.belowTargetPeriods();
        if (k != null && measured.size() >= k) {
            var last = latest(measured, k);
            if (last.stream().noneMatch(m -> KpiStatus.meets(measured.get(m), kpi.target(), kpi.direction()))) {
                findings.add(kpi.name() + " missed its target of " + kpi.target().toPlainString() + " " + kpi.unit()
                        + " in each of the last " + k + " measured months (" + last.getFirst() + " to "
                        + last.getLast() + ")");
            }
        }
        return findings.isEmpty() ? null : String.join("; ", findings);
    }

    private static List<YearMonth> latest(NavigableMap<YearMonth, BigDecimal> measured, int n) {
        var months = new ArrayList<>(measured.descendingKeySet()).subList(0, n);
        return months.reversed();
    }
}
