package org.steward.cost;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Currency;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Rates into the fixed reporting currency, per currency and month: a rate holds from its month until the next rate
 * of that currency. The reporting currency converts at 1.
 */
public final class ExchangeRates {

    private final Currency reporting;
    private final Map<Currency, NavigableMap<YearMonth, BigDecimal>> rates = new HashMap<>();

    public ExchangeRates(Currency reporting) {
        this.reporting = reporting;
    }

    public Currency reporting() {
        return reporting;
    }

    /** Adds the rate (units of the reporting currency per unit of {@code currency}) valid from {@code month}. */
    public ExchangeRates with(Currency currency, YearMonth month, BigDecimal rate) {
        if (rate.signum() <= 0) {
            throw new IllegalArgumentException("an exchange rate must be positive, was " + rate);
        }
        rates.computeIfAbsent(currency, c -> new TreeMap<>()).put(month, rate);
        return this;
    }

    /** The rate of the currency in that month, if one was set for it or an earlier month. */
    public Optional<BigDecimal> rate(Currency currency, YearMonth month) {
        if (currency.equals(reporting)) {
            return Optional.of(BigDecimal.ONE);
        }
        var byMonth = rates.get(currency);
        var entry = byMonth == null ? null : byMonth.floorEntry(month);
        return entry == null ? Optional.empty() : Optional.of(entry.getValue());
    }

    /** The amount in the reporting currency, at {@link Money#SCALE} decimals, if a rate is known for the month. */
    public Optional<BigDecimal> convert(BigDecimal amount, Currency currency, YearMonth month) {
        return rate(currency, month).map(r -> Money.stored(amount.multiply(r)));
    }
}
