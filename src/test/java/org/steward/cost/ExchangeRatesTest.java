package org.steward.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExchangeRatesTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Currency USD = Currency.getInstance("USD");
    private static final Currency GBP = Currency.getInstance("GBP");

    private final ExchangeRates rates = new ExchangeRates(EUR)
            .with(USD, YearMonth.of(2026, 1), new BigDecimal("0.92"))
            .with(USD, YearMonth.of(2026, 4), new BigDecimal("0.9213"));

    @Test
    void a_rate_holds_from_its_month_until_the_next_one() {
        assertThat(rates.rate(USD, YearMonth.of(2026, 1))).contains(new BigDecimal("0.92"));
        assertThat(rates.rate(USD, YearMonth.of(2026, 3))).contains(new BigDecimal("0.92"));
        assertThat(rates.rate(USD, YearMonth.of(2026, 4))).contains(new BigDecimal("0.9213"));
        assertThat(rates.rate(USD, YearMonth.of(2027, 12))).contains(new BigDecimal("0.9213"));
        assertThat(rates.rate(USD, YearMonth.of(2025, 12))).isEmpty();
        assertThat(rates.rate(GBP, YearMonth.of(2026, 5))).isEmpty();
    }

    @Test
    void the_reporting_currency_converts_at_one() {
        assertThat(rates.convert(new BigDecimal("12.34"), EUR, YearMonth.of(1999, 1)))
                .contains(new BigDecimal("12.3400"));
    }

    @Test
    void conversions_round_half_even_to_four_decimals() {
        // 10.005 × 0.9213 = 9.2176065
        assertThat(rates.convert(new BigDecimal("10.005"), USD, YearMonth.of(2026, 4)))
                .contains(new BigDecimal("9.2176"));
        // 0.00125 × 0.92 = 0.00115 → 0.0012 (half even keeps the even last digit 2)
        assertThat(rates.convert(new BigDecimal("0.00125"), USD, YearMonth.of(2026, 2)))
                .contains(new BigDecimal("0.0012"));
        assertThat(rates.convert(BigDecimal.ONE, GBP, YearMonth.of(2026, 2))).isEmpty();
    }

    @Test
    void a_rate_must_be_positive() {
        assertThatThrownBy(() -> new ExchangeRates(EUR).with(USD, YearMonth.of(2026, 1), BigDecimal.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_period_is_spread_over_its_months_by_days_and_each_share_converts_at_its_month_rate() {
        // 15 March to 14 April: 17 days in March at 0.92, 14 in April at 0.9213
        var entry = new CostBook.Entry(LocalDate.of(2026, 3, 15), LocalDate.of(2026, 4, 14),
                CostCategory.INFERENCE_COMPUTE, new BigDecimal("310.00"), USD);
        var lines = CostBook.lines(entry, rates);
        assertThat(lines).containsExactly(
                new CostLine(YearMonth.of(2026, 3), CostCategory.INFERENCE_COMPUTE, new BigDecimal("156.4000")),
                new CostLine(YearMonth.of(2026, 4), CostCategory.INFERENCE_COMPUTE, new BigDecimal("128.9820")));
        var book = CostBook.of(List.of(entry), rates);
        assertThat(book.total()).isEqualByComparingTo("285.3820");
        assertThat(book.total(YearMonth.of(2026, 4), YearMonth.of(2026, 12))).isEqualByComparingTo("128.9820");
    }

    @Test
    void a_month_without_a_rate_fails_the_book() {
        var entry = new CostBook.Entry(LocalDate.of(2025, 12, 20), LocalDate.of(2026, 1, 10), CostCategory.STORAGE,
                BigDecimal.TEN, USD);
        assertThatThrownBy(() -> CostBook.lines(entry, rates)).isInstanceOf(CostBook.MissingRate.class)
                .hasMessage("No exchange rate for USD in 2025-12");
    }
}
