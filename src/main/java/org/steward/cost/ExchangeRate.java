package org.steward.cost;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Currency;

/** Units of the reporting currency per unit of {@code currency}, from {@code from} until the next rate. */
public record ExchangeRate(Currency currency, YearMonth from, BigDecimal rate, String setBy, Instant setAt) {
}
