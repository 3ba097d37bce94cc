package org.steward.cost;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steward.base.InvalidInputException;
import org.steward.base.PermissionDeniedException;
import org.steward.base.Validation;
import org.steward.identity.CurrentUser;
import org.steward.register.ModelRegister;
import org.steward.register.ModelSummary;
import org.steward.register.RegisterFilter;

/**
 * The value side of a model's ledger: measured KPI values and prediction volumes (developers and the model's owner,
 * by hand or API), the value rule (its owner), the derived figures over a range of months, the chart series and
 * the portfolio of all models.
 */
@Service
@Transactional
public class ModelValue {

    private final KpiMeasurements measurements;
    private final PredictionVolumes volumes;
    private final StoredValueRules rules;
    private final Budgets budgets;
    private final Books books;
    private final CostLedger ledger;
    private final ModelRegister register;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ModelValue(KpiMeasurements measurements, PredictionVolumes volumes, StoredValueRules rules, Budgets budgets,
               Books books, CostLedger ledger, ModelRegister register, CurrentUser currentUser,
               ApplicationEventPublisher events, Clock clock) {
        this.measurements = measurements;
        this.volumes = volumes;
        this.rules = rules;
        this.budgets = budgets;
        this.books = books;
        this.ledger = ledger;
        this.register = register;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    @PreAuthorize(CostLedger.READERS)
    @Transactional(readOnly = true)
    public List<KpiValue> kpiValues(long modelId, Pageable page) {
        register.get(modelId);
        return measurements.findByModelIdOrderByPeriodDescKpiAsc(modelId,
                PageRequest.of(page.getPageNumber(), page.getPageSize())).stream().map(KpiMeasurement::view).toList();
    }

    @PreAuthorize(CostLedger.READERS)
    @Transactional(readOnly = true)
    public long countKpiValues(long modelId) {
        return measurements.countByModelId(modelId);
    }

    /** Records (or corrects) the value of one of the model's KPIs in a month. */
    @PreAuthorize(CostLedger.WRITERS)
    public KpiValue measure(long modelId, String kpi, YearMonth month, BigDecimal value, CostSource source,
                            @Nullable String note) {
        var model = register.get(modelId);
        requireRecorder(modelId);
        var errors = new LinkedHashMap<String, String>();
        var name = kpi == null ? "" : kpi.strip();
        if (model.details().kpis().stream().noneMatch(k -> k.name().equals(name))) {
            errors.put("kpi", "'" + name + "' is not a KPI of the model's business objective");
        }
        if (value == null) {
            errors.put("value", "the measured value");
        } else if (value.scale() > KpiMeasurement.SCALE || value.precision() - value.scale() > 13) {
            errors.put("value", "at most 13 digits before and " + KpiMeasurement.SCALE + " after the point");
        }
        if (month.isAfter(YearMonth.now(clock))) {
            errors.put("month", "a month that has begun, not " + month);
        }
        var why = note == null || note.isBlank() ? null : note.strip();
        if (why != null && why.length() > CostEntry.NOTE_MAX) {
            errors.put("note", "at most " + CostEntry.NOTE_MAX + " characters");
        }
        Validation.throwIfAny(errors);
        var stored = measurements.findByModelIdAndKpiAndPeriod(modelId, name, month.atDay(1))
                .orElseGet(() -> new KpiMeasurement(modelId, name, month));
        var at = clock.instant();
        stored.set(value, source, why, currentUser.username(), at);
        var saved = measurements.saveAndFlush(stored).view();
        events.publishEvent(new CostEvent.KpiMeasured(modelId, name, month, saved.value(), source,
                currentUser.username(), at));
        books.checkReview(model);
        return saved;
    }

    /** Records (or corrects) how many predictions the model served in a month. */
    @PreAuthorize(CostLedger.WRITERS)
    public void recordPredictions(long modelId, YearMonth month, long predictions) {
        register.get(modelId);
        requireRecorder(modelId);
        if (predictions < 0) {
            throw InvalidInputException.of("predictions", "a count of zero or more");
        }
        if (month.isAfter(YearMonth.now(clock))) {
            throw InvalidInputException.of("month", "a month that has begun, not " + month);
        }
        var stored = volumes.findByModelIdAndPeriod(modelId, month.atDay(1))
                .orElseGet(() -> new PredictionVolume(modelId, month));
        stored.set(predictions, currentUser.username(), clock.instant());
        volumes.saveAndFlush(stored);
    }

    @PreAuthorize(CostLedger.READERS)
    @Transactional(readOnly = true)
    public Optional<ValueRule> rule(long modelId) {
        register.get(modelId);
        return rules.findByModelId(modelId).map(StoredValueRule::rule);
    }

    /** Sets the model's value rule (its business owner) and evaluates it at once. */
    @PreAuthorize("hasRole('BUSINESS_OWNER')")
    public ValueRule setRule(long modelId, ValueRule rule) {
        var model = register.get(modelId);
        if (!ledger.canBudget(modelId)) {
            throw new PermissionDeniedException("Only the model's business owner sets its value rule.");
        }
        var errors = new LinkedHashMap<String, String>();
        if (model.details().kpis().stream().noneMatch(k -> k.name().equals(rule.valueKpi()))) {
            errors.put("valueKpi", "choose one of the KPIs of the model's business objective");
        }
        positive(rule.unitValue(), "unitValue", errors);
        positive(rule.maxCostPerUnit(), "maxCostPerUnit", errors);
        if ((rule.maxCostPerUnit() == null) != (rule.costPeriods() == null)) {
            errors.put("costPeriods", "give both the highest cost per unit and for how many months");
        }
        periods(rule.costPeriods(), "costPeriods", errors);
        periods(rule.belowTargetPeriods(), "belowTargetPeriods", errors);
        Validation.throwIfAny(errors);
        var stored = rules.findByModelId(modelId).orElseGet(() -> new StoredValueRule(modelId));
        var at = clock.instant();
        stored.set(rule, currentUser.username(), at);
        rules.saveAndFlush(stored);
        events.publishEvent(new CostEvent.ValueRuleSet(modelId, rule, currentUser.username(), at));
        books.checkReview(model);
        return stored.rule();
    }

    /** The current review finding of the model's rule, if it flags the model. */
    @PreAuthorize(CostLedger.READERS)
    @Transactional(readOnly = true)
    public Optional<String> reviewFlag(long modelId) {
        register.get(modelId);
        return rules.findByModelId(modelId).map(StoredValueRule::flagReason);
    }

    /** The derived figures of the months {@code from} to {@code to}. */
    @PreAuthorize(CostLedger.READERS)
    @Transactional(readOnly = true)
    public ValueFigures figures(long modelId, YearMonth from, YearMonth to) {
        if (to.isBefore(from)) {
            throw InvalidInputException.of("to", "the range ends before it starts");
        }
        return books.figures(register.get(modelId), from, to);
    }

    /** Costs per category and month of the range, for the chart "cost over time by category". */
    @PreAuthorize(CostLedger.READERS)
    @Transactional(readOnly = true)
    public Map<CostCategory, TreeMap<YearMonth, BigDecimal>> costByCategory(long modelId, YearMonth from,
                                                                           YearMonth to) {
        register.get(modelId);
        return books.book(modelId).byCategory(from, to);
    }

    /** The cumulative spending month by month of a budget's period, for the budget burn-down chart. */
    @PreAuthorize(CostLedger.READERS)
    @Transactional(readOnly = true)
    public NavigableMap<YearMonth, BigDecimal> burnDown(long modelId, BudgetPeriod period) {
        register.get(modelId);
        var book = books.book(modelId);
        return Books.cumulative(book.byMonth(period.first(), period.last()), period);
    }

    /** The measured values of a KPI, month by month. */
    @PreAuthorize(CostLedger.READERS)
    @Transactional(readOnly = true)
    public NavigableMap<YearMonth, BigDecimal> kpiSeries(long modelId, String kpi) {
        register.get(modelId);
        return books.measured(modelId).getOrDefault(kpi, new TreeMap<>());
    }

    /** One page of the portfolio for a year, sorted by any {@link PortfolioRow.Column} (name by default). */
    @PreAuthorize(CostLedger.READERS)
    @Transactional(readOnly = true)
    public List<PortfolioRow> portfolio(int year, Pageable page) {
        var rows = new ArrayList<>(portfolioRows(year));
        rows.sort(comparator(page.getSort()));
        var from = (int) Math.min(page.getOffset(), rows.size());
        return List.copyOf(rows.subList(from, Math.min(rows.size(), from + page.getPageSize())));
    }

    @PreAuthorize(CostLedger.READERS)
    @Transactional(readOnly = true)
    public long countPortfolio() {
        return register.count(RegisterFilter.NONE);
    }

    private List<PortfolioRow> portfolioRows(int year) {
        var models = new ArrayList<ModelSummary>();
        for (int p = 0; ; p++) {
            var found = register.list(RegisterFilter.NONE, PageRequest.of(p, 500, Sort.by("name")));
            models.addAll(found);
            if (found.size() < 500) {
                break;
            }
        }
        var ids = models.stream().map(ModelSummary::id).toList();
        var bookOf = books.books(ids);
        var measured = new LinkedHashMap<Long, List<KpiMeasurement>>();
        measurements.findByModelIdIn(ids).forEach(m -> measured.computeIfAbsent(m.modelId(),
                k -> new ArrayList<>()).add(m));
        var ruleOf = new LinkedHashMap<Long, StoredValueRule>();
        rules.findByModelIdIn(ids).forEach(r -> ruleOf.put(r.modelId(), r));
        var budgetOf = new LinkedHashMap<Long, Budget>();
        budgets.findByModelIdIn(ids).stream().filter(b -> b.period().equals(BudgetPeriod.year(year)))
                .forEach(b -> budgetOf.put(b.modelId(), b));
        var from = YearMonth.of(year, 1);
        var to = YearMonth.of(year, 12);
        var rows = new ArrayList<PortfolioRow>();
        for (var m : models) {
            var book = bookOf.get(m.id());
            var cost = Money.stored(book.total(from, to));
            var budget = budgetOf.get(m.id());
            var stored = ruleOf.get(m.id());
            BigDecimal value = null;
            BigDecimal roi = null;
            Boolean met = null;
            if (stored != null) {
                var kpis = register.get(m.id()).details().kpis();
                var figures = ValueCalculator.of(book, from, to, Map.of(), kpis,
                        Books.measured(measured.getOrDefault(m.id(), List.of())), stored.rule());
                value = figures.value();
                roi = figures.roi();
                met = figures.kpis().stream().filter(k -> k.name().equals(stored.rule().valueKpi())).findFirst()
                        .map(KpiStatus::met).orElse(null);
            }
            rows.add(new PortfolioRow(m.id(), m.name(), m.owner(), m.businessDomain(), m.latestStatus(), cost,
                    budget == null ? null : budget.amount(),
                    budget == null ? null : Money.ratio(cost, budget.amount()).orElse(null), value, roi, met,
                    stored == null ? null : stored.flagReason()));
        }
        return rows;
    }

    private static Comparator<PortfolioRow> comparator(Sort sort) {
        Comparator<PortfolioRow> result = null;
        for (var order : sort) {
            Comparator<PortfolioRow> c = switch (column(order.getProperty())) {
                case NAME -> Comparator.comparing(PortfolioRow::name, String.CASE_INSENSITIVE_ORDER);
                case OWNER -> Comparator.comparing(PortfolioRow::owner);
                case STATUS -> Comparator.comparing(r -> r.status() == null ? "" : r.status().name());
                case COST -> Comparator.comparing(PortfolioRow::cost);
                case BUDGET_USED -> nullsLast(PortfolioRow::budgetUsed, order.isAscending());
                case VALUE -> nullsLast(PortfolioRow::value, order.isAscending());
                case ROI -> nullsLast(PortfolioRow::roi, order.isAscending());
            };
            c = order.isAscending() ? c : c.reversed();
            result = result == null ? c : result.thenComparing(c);
        }
        var byName = Comparator.comparing(PortfolioRow::name, String.CASE_INSENSITIVE_ORDER);
        return result == null ? byName : result.thenComparing(byName);
    }

    /** Rows without the figure come last whichever way the column is sorted. */
    private static Comparator<PortfolioRow> nullsLast(java.util.function.Function<PortfolioRow, @Nullable BigDecimal>
                                                              key, boolean ascending) {
        Comparator<BigDecimal> natural = Comparator.naturalOrder();
        return Comparator.comparing(key, ascending ? Comparator.nullsLast(natural)
                : Comparator.nullsFirst(natural));
    }

    private static PortfolioRow.Column column(String property) {
        for (var c : PortfolioRow.Column.values()) {
            if (c.name().equalsIgnoreCase(property.replaceAll("([a-z])([A-Z])", "$1_$2"))) {
                return c;
            }
        }
        throw InvalidInputException.of("sort", "sort by one of name, owner, status, cost, budgetUsed, value, roi");
    }

    /** The portfolio of a year as CSV, sorted by name. */
    @PreAuthorize(CostLedger.READERS)
    @Transactional(readOnly = true)
    public String portfolioCsv(int year) {
        return PortfolioCsv.write(portfolio(year, PageRequest.of(0, Integer.MAX_VALUE)),
                books.reporting().getCurrencyCode());
    }

    private void requireRecorder(long modelId) {
        if (!ledger.canRecord(modelId)) {
            throw new PermissionDeniedException("Only model developers and the model's business owner record its "
                    + "KPI values.");
        }
    }

    private static void positive(@Nullable BigDecimal amount, String field, Map<String, String> errors) {
        if (amount != null && (amount.signum() <= 0 || amount.scale() > Money.SCALE)) {
            errors.put(field, "a positive amount with at most " + Money.SCALE + " decimals");
        }
    }

    private static void periods(@Nullable Integer n, String field, Map<String, String> errors) {
        if (n != null && (n < 1 || n > ValueRule.MAX_PERIODS)) {
            errors.put(field, "from 1 to " + ValueRule.MAX_PERIODS + " months");
        }
    }
}
