package org.steward.cost;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steward.base.DuplicateException;
import org.steward.base.InvalidInputException;
import org.steward.base.NotFoundException;
import org.steward.base.PermissionDeniedException;
import org.steward.base.Validation;
import org.steward.identity.CurrentUser;
import org.steward.identity.Role;
import org.steward.register.ModelRegister;
import org.steward.register.ModelView;
import org.steward.register.RegisterFilter;

/**
 * A model's costs, budgets and the exchange rates into the reporting currency. Costs are recorded by model
 * developers and the model's business owner, by hand, by CSV import (checked whole first: one bad row and nothing is
 * stored) or by API; budgets by the model's business owner; rates by administrators. Every change is published as a
 * {@link CostEvent}, and newly reached budget levels raise alerts.
 */
@Service
@Transactional
public class CostLedger {

    static final String READERS =
            "hasAnyRole('ADMIN', 'BUSINESS_OWNER', 'MODEL_DEVELOPER', 'RISK_OFFICER', 'AUDITOR')";
    static final String WRITERS = "hasAnyRole('MODEL_DEVELOPER', 'BUSINESS_OWNER')";
    static final int MAX_PERIOD_MONTHS = 36;

    private final CostEntries entries;
    private final StoredRates rates;
    private final Budgets budgets;
    private final BudgetAlerts alerts;
    private final StoredValueRules valueRules;
    private final Books books;
    private final ModelRegister register;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CostLedger(CostEntries entries, StoredRates rates, Budgets budgets, BudgetAlerts alerts, StoredValueRules valueRules,
               Books books, ModelRegister register, CurrentUser currentUser, ApplicationEventPublisher events,
               Clock clock) {
        this.entries = entries;
        this.valueRules = valueRules;
        this.rates = rates;
        this.budgets = budgets;
        this.alerts = alerts;
        this.books = books;
        this.register = register;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    @PreAuthorize("isAuthenticated()")
    public boolean canRead() {
        return currentUser.roles().stream().anyMatch(r -> r != Role.END_USER);
    }

    /** Whether the signed-in user may record costs and KPI values of the model. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean canRecord(long modelId) {
        return (currentUser.has(Role.MODEL_DEVELOPER) || currentUser.has(Role.BUSINESS_OWNER))
                && register.canEdit(modelId);
    }

    /** Whether the signed-in user may set the model's budgets and value rule: its business owner. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean canBudget(long modelId) {
        return currentUser.has(Role.BUSINESS_OWNER) && register.get(modelId).details().owner()
                .equals(currentUser.username());
    }

    @PreAuthorize("isAuthenticated()")
    public boolean canSetRates() {
        return currentUser.has(Role.ADMIN);
    }

    @PreAuthorize(READERS)
    public Currency reportingCurrency() {
        return books.reporting();
    }

    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public List<CostEntryView> entries(long modelId, Pageable page) {
        register.get(modelId);
        return entries.findByModelIdOrderByStartDescIdDesc(modelId, unsorted(page)).stream().map(CostEntry::view)
                .toList();
    }

    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public long countEntries(long modelId) {
        return entries.countByModelId(modelId);
    }

    /**
     * Records one cost by hand ({@link CostSource#MANUAL}) or by API push ({@link CostSource#API}, optionally with
     * the billing line's import key, which must be new for the model). A negative amount (a credit) needs a note.
     */
    @PreAuthorize(WRITERS)
    public CostEntryView record(long modelId, CostEntryView.Details details, CostSource source,
                                @Nullable String importKey) {
        var model = writable(modelId);
        var errors = new LinkedHashMap<String, String>();
        check(model, details, errors);
        var key = importKey == null || importKey.isBlank() ? null : importKey.strip();
        if (key != null && key.length() > CostEntry.KEY_MAX) {
            errors.put("importKey", "at most " + CostEntry.KEY_MAX + " characters");
        }
        Validation.throwIfAny(errors);
        if (key != null && entries.existsByModelIdAndImportKey(modelId, key)) {
            throw new DuplicateException("importKey", "A cost with the import key '" + key
                    + "' is already recorded for this model.");
        }
        var at = clock.instant();
        var saved = entries.saveAndFlush(new CostEntry(modelId, details, source, key, currentUser.username(), at));
        var converted = CostBook.lines(saved.bookEntry(), books.rates()).stream().map(CostLine::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        events.publishEvent(new CostEvent.CostsRecorded(modelId, 1, converted, books.reporting().getCurrencyCode(),
                source, null, currentUser.username(), at));
        books.checkBudgets(model);
        books.checkReview(model);
        return saved.view();
    }

    private void check(ModelView model, CostEntryView.Details d, Map<String, String> errors) {
        if (d.end().isBefore(d.start())) {
            errors.put("end", "the period ends before it starts");
        } else if (YearMonth.from(d.start()).plusMonths(MAX_PERIOD_MONTHS).isBefore(YearMonth.from(d.end()))) {
            errors.put("end", "a period covers at most " + MAX_PERIOD_MONTHS + " months; record longer ones in parts");
        }
        if (d.amount().scale() > Money.SCALE || d.amount().precision() - d.amount().scale() > 15) {
            errors.put("amount", "at most 15 digits before and " + Money.SCALE + " after the point");
        } else if (d.amount().signum() < 0 && d.note() == null) {
            errors.put("note", "a negative amount is a credit or refund: say what it is for in the note");
        }
        if (d.note() != null && d.note().length() > CostEntry.NOTE_MAX) {
            errors.put("note", "at most " + CostEntry.NOTE_MAX + " characters");
        }
        if (d.version() != null && !hasVersion(model.id(), d.version())) {
            errors.put("version", "the model has no version '" + d.version() + "'");
        }
        if (!errors.containsKey("end")) {
            var r = books.rates();
            for (var m = YearMonth.from(d.start()); !m.isAfter(YearMonth.from(d.end())); m = m.plusMonths(1)) {
                if (r.rate(d.currency(), m).isEmpty()) {
                    errors.put("currency", "no exchange rate for " + d.currency().getCurrencyCode() + " in " + m
                            + "; an administrator sets it under Portfolio → Exchange rates");
                    break;
                }
            }
        }
    }

    /** Checks a cost CSV without storing anything; {@code modelId} is the model of rows without a model column. */
    @PreAuthorize(WRITERS)
    @Transactional(readOnly = true)
    public ImportCheck checkImport(@Nullable Long modelId, byte[] csv, CostCsvMapping mapping) {
        if (modelId == null && (mapping.model() == null || mapping.model().isBlank())) {
            throw InvalidInputException.of("mapping.model", "map the model column, or import from a model's page");
        }
        var fixed = modelId == null ? null : writable(modelId);
        return CostCsv.check(csv, mapping, new ImportContext(fixed));
    }

    /**
     * Imports a cost CSV: checks it whole and stores every row, or, if any row has a problem, stores nothing and
     * fails with all problems (up to {@value ImportCheck#PROBLEMS_SHOWN}) naming their lines.
     */
    @PreAuthorize(WRITERS)
    public ImportCheck importCsv(@Nullable Long modelId, byte[] csv, String fileName, CostCsvMapping mapping) {
        var check = checkImport(modelId, csv, mapping);
        if (!check.ok()) {
            throw InvalidInputException.of(CostCsv.FILE, "Nothing was imported. " + String.join(" ",
                    check.problems()));
        }
        var actor = currentUser.username();
        var at = clock.instant();
        var rates = books.rates();
        var totals = new LinkedHashMap<Long, BigDecimal>();
        var counts = new HashMap<Long, Integer>();
        for (var row : check.rows()) {
            var details = new CostEntryView.Details(row.version(), row.start(), row.end(), row.category(),
                    row.amount(), row.currency(), row.note());
            var entry = entries.save(new CostEntry(row.modelId(), details, CostSource.CSV_IMPORT, row.key(), actor,
                    at));
            var converted = CostBook.lines(entry.bookEntry(), rates).stream().map(CostLine::amount)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            totals.merge(row.modelId(), converted, BigDecimal::add);
            counts.merge(row.modelId(), 1, Integer::sum);
        }
        entries.flush();
        for (var e : totals.entrySet()) {
            var model = register.get(e.getKey());
            events.publishEvent(new CostEvent.CostsRecorded(e.getKey(), counts.get(e.getKey()), e.getValue(),
                    books.reporting().getCurrencyCode(), CostSource.CSV_IMPORT, fileName, actor, at));
            books.checkBudgets(model);
            books.checkReview(model);
        }
        return check;
    }

    /** The exchange rates, per currency latest first. */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public List<ExchangeRate> rates(Pageable page) {
        return rates.findAll(PageRequest.of(page.getPageNumber(), page.getPageSize(),
                Sort.by("currency").and(Sort.by(Sort.Direction.DESC, "validFrom")))).stream().map(StoredRate::view)
                .toList();
    }

    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public long countRates() {
        return rates.count();
    }

    /** Sets the rate of a currency into the reporting currency from a month on (administrators). */
    @PreAuthorize("hasRole('ADMIN')")
    public ExchangeRate setRate(String currencyCode, YearMonth from, BigDecimal rate) {
        var errors = new LinkedHashMap<String, String>();
        var currency = Money.currency(currencyCode == null ? "" : currencyCode);
        if (currency.isEmpty()) {
            errors.put("currency", "an ISO 4217 currency code such as USD");
        } else if (currency.get().equals(books.reporting())) {
            errors.put("currency", "the reporting currency converts at 1");
        }
        if (rate == null || rate.signum() <= 0) {
            errors.put("rate", "a positive number of " + books.reporting().getCurrencyCode() + " per unit");
        } else if (rate.scale() > StoredRate.RATE_SCALE || rate.precision() - rate.scale() > 10) {
            errors.put("rate", "at most 10 digits before and " + StoredRate.RATE_SCALE + " after the point");
        }
        Validation.throwIfAny(errors);
        var stored = rates.findByCurrencyAndValidFrom(currency.get().getCurrencyCode(), from.atDay(1))
                .orElseGet(() -> new StoredRate(currency.get(), from));
        var at = clock.instant();
        stored.set(rate, currentUser.username(), at);
        var saved = rates.saveAndFlush(stored).view();
        events.publishEvent(new CostEvent.ExchangeRateSet(saved.currency().getCurrencyCode(), from, saved.rate(),
                books.reporting().getCurrencyCode(), currentUser.username(), at));
        return saved;
    }

    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public List<BudgetView> budgets(long modelId) {
        register.get(modelId);
        var book = books.book(modelId);
        return budgets.findByModelIdOrderByYearDescQuarterAsc(modelId).stream().map(b -> view(b, book)).toList();
    }

    /** Sets the model's budget of a year or quarter (its business owner); levels reached already raise alerts. */
    @PreAuthorize("hasRole('BUSINESS_OWNER')")
    public BudgetView setBudget(long modelId, BudgetPeriod period, BigDecimal amount, BudgetLevels levels) {
        if (!canBudget(modelId)) {
            throw new PermissionDeniedException("Only the model's business owner sets its budgets.");
        }
        var errors = new LinkedHashMap<String, String>();
        if (amount == null || amount.signum() <= 0) {
            errors.put("amount", "a positive amount in " + books.reporting().getCurrencyCode());
        } else if (amount.scale() > Money.SCALE || amount.precision() - amount.scale() > 15) {
            errors.put("amount", "at most 15 digits before and " + Money.SCALE + " after the point");
        }
        if (period.year() < 2000 || period.year() > 2100) {
            errors.put("year", "a year between 2000 and 2100");
        }
        Validation.throwIfAny(errors);
        var model = register.get(modelId);
        var budget = budgets.findByModelIdAndYearAndQuarter(modelId, period.year(), period.quarter())
                .orElseGet(() -> new Budget(modelId, period));
        var at = clock.instant();
        budget.set(amount, levels, currentUser.username(), at);
        var saved = budgets.saveAndFlush(budget);
        events.publishEvent(new CostEvent.BudgetSet(modelId, period.label(), saved.amount(),
                books.reporting().getCurrencyCode(), levels.text(), currentUser.username(), at));
        books.checkBudgets(model);
        return view(saved, books.book(modelId));
    }

    /** Whether the model has a budget for this year or a later one: its cost estimate. */
    @Transactional(readOnly = true)
    Optional<BudgetView> estimate(long modelId) {
        var year = YearMonth.now(clock).getYear();
        var book = books.book(modelId);
        return budgets.findByModelIdOrderByYearDescQuarterAsc(modelId).stream()
                .filter(b -> b.period().year() >= year).map(b -> view(b, book)).findFirst();
    }

    /** The budget alerts of the models the signed-in user owns, newest first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<BudgetAlertView> myAlerts(Pageable page) {
        var mine = ownModels();
        if (mine.isEmpty()) {
            return List.of();
        }
        var budgetsById = new HashMap<Long, Budget>();
        budgets.findByModelIdIn(mine.keySet()).forEach(b -> budgetsById.put(b.id(), b));
        return alerts.findByModelIdInOrderByRaisedAtDescIdDesc(mine.keySet(), unsorted(page)).stream()
                .map(a -> {
                    var b = budgetsById.get(a.budgetId());
                    return new BudgetAlertView(a.modelId(), mine.get(a.modelId()), b.period().label(), a.level(),
                            a.spent(), b.amount(), books.reporting().getCurrencyCode(), a.raisedAt());
                }).toList();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long countMyAlerts() {
        var mine = ownModels();
        return mine.isEmpty() ? 0 : alerts.countByModelIdIn(mine.keySet());
    }

    /** The signed-in owner's models that their review rule flags now, most recently flagged first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ReviewFlag> myReviewFlags(Pageable page) {
        var mine = ownModels();
        if (mine.isEmpty()) {
            return List.of();
        }
        return valueRules.findByModelIdInAndFlaggedSinceIsNotNullOrderByFlaggedSinceDesc(mine.keySet(), unsorted(page))
                .stream().map(r -> new ReviewFlag(r.modelId(), mine.get(r.modelId()), Objects.requireNonNull(
                        r.flagReason()), Objects.requireNonNull(r.flaggedSince()))).toList();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long countMyReviewFlags() {
        var mine = ownModels();
        return mine.isEmpty() ? 0 : valueRules.countByModelIdInAndFlaggedSinceIsNotNull(mine.keySet());
    }

    private Map<Long, String> ownModels() {
        return register.myOwnedModels();
    }

    private BudgetView view(Budget b, CostBook book) {
        var spent = Money.stored(Books.spent(book, b.period()));
        return new BudgetView(b.modelId(), b.period(), b.amount(), b.levels(), spent,
                b.levels().reached(spent, b.amount()), books.reporting().getCurrencyCode(), b.setBy(), b.setAt());
    }

    private ModelView writable(long modelId) {
        var model = register.get(modelId);
        if (!canRecord(modelId)) {
            throw new PermissionDeniedException("Only model developers and the model's business owner record its "
                    + "costs.");
        }
        return model;
    }

    private boolean hasVersion(long modelId, String label) {
        try {
            register.version(modelId, label);
            return true;
        } catch (NotFoundException e) {
            return false;
        }
    }

    private static Pageable unsorted(Pageable page) {
        return PageRequest.of(page.getPageNumber(), page.getPageSize());
    }

    /** What the CSV check looks up: models by name or id among those the user may record costs of. */
    private final class ImportContext implements CostCsv.Context {

        private final @Nullable ModelView fixed;
        private final ExchangeRates rates = books.rates();
        private final Map<String, Optional<Long>> models = new HashMap<>();
        private @Nullable Map<String, Long> byName;

        ImportContext(@Nullable ModelView fixed) {
            this.fixed = fixed;
        }

        @Override
        public Optional<Long> model(@Nullable String cell) {
            if (cell == null) {
                return fixed == null ? Optional.empty() : Optional.of(fixed.id());
            }
            return models.computeIfAbsent(cell, this::lookUp);
        }

        private Optional<Long> lookUp(String cell) {
            if (byName == null) {
                byName = new HashMap<>();
                for (int page = 0; ; page++) {
                    var found = register.list(RegisterFilter.NONE, PageRequest.of(page, 500, Sort.by("name")));
                    found.forEach(m -> byName.put(m.name(), m.id()));
                    if (found.size() < 500) {
                        break;
                    }
                }
            }
            var id = Optional.ofNullable(byName.get(cell));
            if (id.isEmpty() && cell.matches("\\d{1,18}") && byName.containsValue(Long.parseLong(cell))) {
                id = Optional.of(Long.parseLong(cell));
            }
            return id.filter(CostLedger.this::canRecord)
                    .filter(m -> fixed == null || fixed.id() == m);
        }

        @Override
        public boolean versionExists(long modelId, String label) {
            return hasVersion(modelId, label);
        }

        @Override
        public boolean keyStored(long modelId, String key) {
            return entries.existsByModelIdAndImportKey(modelId, key);
        }

        @Override
        public ExchangeRates rates() {
            return rates;
        }
    }
}
