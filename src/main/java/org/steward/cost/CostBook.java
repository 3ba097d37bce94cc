package org.steward.cost;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A model's costs month by month in the reporting currency. An entry over a period is spread over the months it
 * covers in proportion to its days in each (see {@link Money#allocate}), and each month's share converts at that
 * month's rate.
 */
public final class CostBook {

    private final List<CostLine> lines = new ArrayList<>();

    /** What the book needs of an entry. */
    public record Entry(LocalDate start, LocalDate end, CostCategory category, BigDecimal amount, Currency currency) {
    }

    /** Thrown for an entry in a currency without a rate for one of its months. */
    public static final class MissingRate extends RuntimeException {
        MissingRate(Currency currency, YearMonth month) {
            super("No exchange rate for " + currency.getCurrencyCode() + " in " + month);
        }
    }

    public static CostBook of(List<Entry> entries, ExchangeRates rates) {
        var book = new CostBook();
        for (var e : entries) {
            book.lines.addAll(lines(e, rates));
        }
        return book;
    }

    /** The entry's monthly lines; fails with {@link MissingRate} when one of its months has no rate. */
    public static List<CostLine> lines(Entry e, ExchangeRates rates) {
        var months = new ArrayList<YearMonth>();
        var days = new ArrayList<Long>();
        for (var m = YearMonth.from(e.start()); !m.isAfter(YearMonth.from(e.end())); m = m.plusMonths(1)) {
            var from = e.start().isAfter(m.atDay(1)) ? e.start() : m.atDay(1);
            var to = e.end().isBefore(m.atEndOfMonth()) ? e.end() : m.atEndOfMonth();
            months.add(m);
            days.add(ChronoUnit.DAYS.between(from, to) + 1);
        }
        var shares = Money.allocate(e.amount(), days);
        var result = new ArrayList<CostLine>(months.size());
        for (int i = 0; i < months.size(); i++) {
            var month = months.get(i);
            var converted = rates.convert(shares.get(i), e.currency(), month)
                    .orElseThrow(() -> new MissingRate(e.currency(), month));
            result.add(new CostLine(month, e.category(), converted));
        }
        return result;
    }

    public List<CostLine> lines() {
        return List.copyOf(lines);
    }

    /** The total of the months from {@code from} to {@code to}, both included. */
    public BigDecimal total(YearMonth from, YearMonth to) {
        return lines.stream().filter(l -> !l.month().isBefore(from) && !l.month().isAfter(to))
                .map(CostLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal total() {
        return lines.stream().map(CostLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Totals per month, in month order. */
    public TreeMap<YearMonth, BigDecimal> byMonth(YearMonth from, YearMonth to) {
        var result = new TreeMap<YearMonth, BigDecimal>();
        lines.stream().filter(l -> !l.month().isBefore(from) && !l.month().isAfter(to))
                .forEach(l -> result.merge(l.month(), l.amount(), BigDecimal::add));
        return result;
    }

    /** Totals per category and month, in category order. */
    public Map<CostCategory, TreeMap<YearMonth, BigDecimal>> byCategory(YearMonth from, YearMonth to) {
        var result = new EnumMap<CostCategory, TreeMap<YearMonth, BigDecimal>>(CostCategory.class);
        lines.stream().filter(l -> !l.month().isBefore(from) && !l.month().isAfter(to))
                .forEach(l -> result.computeIfAbsent(l.category(), c -> new TreeMap<>())
                        .merge(l.month(), l.amount(), BigDecimal::add));
        return result;
    }
}
