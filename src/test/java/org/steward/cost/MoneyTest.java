package org.steward.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class MoneyTest {

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    @Test
    void amounts_are_stored_with_four_decimals_rounded_half_even() {
        assertThat(Money.stored(d("1.00005"))).isEqualByComparingTo("1.0000");
        assertThat(Money.stored(d("1.00015"))).isEqualByComparingTo("1.0002");
        assertThat(Money.stored(d("-2.00025"))).isEqualByComparingTo("-2.0002");
        assertThat(Money.stored(d("7")).scale()).isEqualTo(4);
    }

    @Test
    void shown_amounts_use_the_currency_minor_units() {
        assertThat(Money.shown(d("12.345"), Currency.getInstance("EUR"))).isEqualTo(d("12.34"));
        assertThat(Money.shown(d("12.355"), Currency.getInstance("EUR"))).isEqualTo(d("12.36"));
        assertThat(Money.shown(d("1234.5"), Currency.getInstance("JPY"))).isEqualTo(d("1234"));
        assertThat(Money.shown(d("1.0005"), Currency.getInstance("BHD"))).isEqualTo(d("1.000"));
    }

    @Test
    void an_allocation_always_adds_up_to_the_amount_and_the_last_share_takes_the_remainder() {
        var shares = Money.allocate(d("100"), List.of(1L, 1L, 1L));
        assertThat(shares).containsExactly(d("33.3333"), d("33.3333"), d("33.3334"));
        assertThat(shares.stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("100");

        // 31 days: 17 in January (15th to 31st), 14 in February
        assertThat(Money.allocate(d("310.00"), List.of(17L, 14L))).containsExactly(d("170.0000"), d("140.0000"));
        assertThat(Money.allocate(d("-10"), List.of(2L, 1L))).containsExactly(d("-6.6667"), d("-3.3333"));
        assertThat(Money.allocate(d("5"), List.of(0L, 3L))).containsExactly(d("0.0000"), d("5.0000"));
    }

    @Test
    void allocations_need_weights_with_a_positive_sum() {
        assertThatThrownBy(() -> Money.allocate(d("1"), List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Money.allocate(d("1"), List.of(0L))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Money.allocate(d("1"), List.of(2L, -1L)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void only_iso_4217_codes_are_currencies() {
        assertThat(Money.currency("USD")).contains(Currency.getInstance("USD"));
        assertThat(Money.currency(" CHF ")).contains(Currency.getInstance("CHF"));
        assertThat(Money.currency("usd")).isEmpty();
        assertThat(Money.currency("EURO")).isEmpty();
        assertThat(Money.currency("XYZ")).isEmpty();
    }

    @Test
    void ratios_have_six_decimals_and_none_for_a_zero_whole() {
        assertThat(Money.ratio(d("2"), d("3"))).contains(d("0.666667"));
        assertThat(Money.ratio(d("1"), BigDecimal.ZERO)).isEmpty();
    }
}
