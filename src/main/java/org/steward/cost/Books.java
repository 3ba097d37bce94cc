package org.steward.cost;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.Collection;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.steward.monitoring.PredictionCounts;
import org.steward.register.ModelView;

/**
 * Reads a model's ledger into the pure calculators, and re-checks its budgets and review rule after every change:
 * a newly reached alert level is stored once and published as {@link CostEvent.BudgetLevelReached}, a new review
 * finding as {@link CostEvent.FlaggedForReview}. Runs inside the callers' transactions and role checks.
 */
@Component
@Transactional
class Books {

    private final CostEntries entries;
    private final StoredRates rates;
    private final Budgets budgets;
    private final BudgetAlerts alerts;
    private final KpiMeasurements measurements;
    private final PredictionVolumes volumes;
    private final PredictionCounts monitored;
    private final StoredValueRules rules;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Currency reporting;

    Books(CostEntries entries, StoredRates rates, Budgets budgets, BudgetAlerts alerts, KpiMeasurements measurements,
          PredictionVolumes volumes, PredictionCounts monitored, StoredValueRules rules,
          ApplicationEventPublisher events, Clock clock, @Value("${steward.costs.reporting-currency:EUR}") String reportingCurrency) {
        this.entries = entries;
        this.rates = rates;
        this.budgets = budgets;
        this.alerts = alerts;
        this.measurements = measurements;
        this.volumes = volumes;
        this.monitored = monitored;
        this.rules = rules;
        this.events = events;
        this.clock = clock;
        this.reporting = Money.currency(reportingCurrency).orElseThrow(() -> new IllegalStateException(
                "steward.costs.reporting-currency must be an ISO 4217 code such as EUR, was " + reportingCurrency));
    }

    Currency reporting() {
        return reporting;
    }

    ExchangeRates rates() {
        var result = new ExchangeRates(reporting);
        rates.findAll().forEach(r -> {
            var v = r.view();
            result.with(v.currency(), v.from(), v.rate());
        });
        return result;
    }

    CostBook book(long modelId) {
        return CostBook.of(entries.findByModelId(modelId).stream().map(CostEntry::bookEntry).toList(), rates());
    }

    /** The books of many models at once, with one query per table. */
    Map<Long, CostBook> books(Collection<Long> modelIds) {
        var r = rates();
        var byModel = entries.findByModelIdIn(modelIds).stream().collect(Collectors.groupingBy(CostEntry::modelId, Collectors.mapping(CostEntry::bookEntry, Collectors.toList())));
        var result = new HashMap<Long, CostBook>();
        modelIds.forEach(id -> result.put(id, CostBook.of(byModel.getOrDefault(id, List.of()), r)));
        return result;
    }

    Map<String, TreeMap<YearMonth, BigDecimal>> measured(long modelId) {
        return measured(measurements.findByModelId(modelId));
    }

    static Map<String, TreeMap<YearMonth, BigDecimal>> measured(List<KpiMeasurement> values) {
        var result = new HashMap<String, TreeMap<YearMonth, BigDecimal>>();
        values.forEach(m -> result.computeIfAbsent(m.kpi(), k -> new TreeMap<>()).put(m.month(), m.measured()));
        return result;
    }

    /** Recorded volumes per month; months without one take the count of the model's monitored batches. */
    Map<YearMonth, Long> predictions(long modelId) {
        var result = new TreeMap<>(monitored.monthly(modelId));
        volumes.findByModelId(modelId).forEach(v -> result.put(v.month(), v.predictions()));
        return result;
    }

    ValueFigures figures(ModelView model, YearMonth from, YearMonth to) {
        var rule = rules.findByModelId(model.id()).map(StoredValueRule::rule).orElse(null);
        return ValueCalculator.of(book(model.id()), from, to, predictions(model.id()), model.details().kpis(),
                measured(model.id()), rule);
    }

    /** The spending of a budget's period in the reporting currency. */
    static BigDecimal spent(CostBook book, BudgetPeriod period) {
        return book.total(period.first(), period.last());
    }

    /** Raises every alert level the model's budgets newly reached; returns how many. */
    int checkBudgets(ModelView model) {
        var book = book(model.id());
        var raised = 0;
        for (var budget : budgets.findByModelIdOrderByYearDescQuarterAsc(model.id())) {
            var spent = spent(book, budget.period());
            for (var level : budget.levels().reached(spent, budget.amount())) {
                if (!alerts.existsByBudgetIdAndLevel(budget.id(), level)) {
                    var at = clock.instant();
                    alerts.save(new BudgetAlert(budget.id(), model.id(), level, spent, at));
                    events.publishEvent(new CostEvent.BudgetLevelReached(model.id(), model.name(),
                            model.details().owner(), budget.period().label(), level, Money.stored(spent),
                            budget.amount(), reporting.getCurrencyCode(), CostEvent.SYSTEM, at));
                    raised++;
                }
            }
        }
        return raised;
    }

    /** Re-evaluates the review rule over every measured month up to this month. */
    void checkReview(ModelView model) {
        var stored = rules.findByModelId(model.id());
        if (stored.isEmpty()) {
            return;
        }
        var now = YearMonth.now(clock);
        var figures = ValueCalculator.of(book(model.id()), YearMonth.of(1970, 1), now, predictions(model.id()),
                model.details().kpis(), measured(model.id()), stored.get().rule());
        var at = clock.instant();
        if (stored.get().flag(figures.review(), at)) {
            events.publishEvent(new CostEvent.FlaggedForReview(model.id(), model.name(), model.details().owner(),
                    figures.review(), CostEvent.SYSTEM, at));
        }
    }

    static NavigableMap<YearMonth, BigDecimal> cumulative(NavigableMap<YearMonth, BigDecimal> monthly,
                                                          BudgetPeriod period) {
        var result = new TreeMap<YearMonth, BigDecimal>();
        var sum = BigDecimal.ZERO;
        for (var m = period.first(); !m.isAfter(period.last()); m = m.plusMonths(1)) {
            sum = sum.add(monthly.getOrDefault(m, BigDecimal.ZERO));
            result.put(m, sum);
        }
        return result;
    }
}
