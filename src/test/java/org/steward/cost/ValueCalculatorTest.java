package org.steward.cost;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.steward.register.Kpi;
import org.steward.register.KpiDirection;

/**
 * Derived figures on worked examples, computed by hand in the comments and independently with Python's decimal
 * module in {@code src/test/python/cost_reference.py}.
 */
class ValueCalculatorTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Currency USD = Currency.getInstance("USD");
    private static final YearMonth JAN = YearMonth.of(2026, 1);
    private static final YearMonth MAR = YearMonth.of(2026, 3);
    private static final Kpi RETAINED = new Kpi("Retained customers", "customers", new BigDecimal("100"),
            KpiDirection.HIGHER_IS_BETTER);
    private static final Kpi CHURN = new Kpi("Churn", "%", new BigDecimal("2"), KpiDirection.LOWER_IS_BETTER);

    /** January to March: EUR 1,000 a month, plus USD 500 of licences in March at 0.9 (EUR 450). */
    private static CostBook book() {
        var rates = new ExchangeRates(EUR).with(USD, JAN, new BigDecimal("0.9"));
        var entries = new ArrayList<CostBook.Entry>();
        for (var m = JAN; !m.isAfter(MAR); m = m.plusMonths(1)) {
            entries.add(new CostBook.Entry(m.atDay(1), m.atEndOfMonth(), CostCategory.INFERENCE_COMPUTE,
                    new BigDecimal("1000"), EUR));
        }
        entries.add(new CostBook.Entry(LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 10), CostCategory.LICENCES,
                new BigDecimal("500"), USD));
        return CostBook.of(entries, rates);
    }

    private static TreeMap<YearMonth, BigDecimal> series(String... values) {
        var result = new TreeMap<YearMonth, BigDecimal>();
        for (int i = 0; i < values.length; i++) {
            result.put(JAN.plusMonths(i), new BigDecimal(values[i]));
        }
        return result;
    }

    @Test
    void total_cost_cost_per_thousand_predictions_cost_per_unit_value_and_roi() {
        var rule = new ValueRule("Retained customers", new BigDecimal("15"), null, null, null);
        var f = ValueCalculator.of(book(), JAN, MAR, Map.of(JAN, 1_000_000L, MAR, 2_450_000L),
                List.of(RETAINED, CHURN), Map.of("Retained customers", series("90", "110", "120"),
                        "Churn", series("2.5", "2.1")), rule);

        // 3 × 1,000 + 500 × 0.9
        assertThat(f.totalCost()).isEqualByComparingTo("3450");
        // January and March have counts: (1,000 + 1,450) / 3,450,000 × 1,000 = 0.7101449...
        assertThat(f.costPerThousand()).isEqualByComparingTo("0.7101");
        assertThat(f.predictionMonths()).isEqualTo(2);
        // 3,450 / (90 + 110 + 120) = 10.78125, half even to 10.7812
        assertThat(f.costPerKpiUnit()).isEqualByComparingTo("10.7812");
        // 320 × 15 = 4,800; (4,800 − 3,450) / 3,450 = 0.391304
        assertThat(f.value()).isEqualByComparingTo("4800");
        assertThat(f.roi()).isEqualByComparingTo("0.391304");
        assertThat(f.review()).isNull();

        var retained = f.kpis().getFirst();
        assertThat(retained.latest()).isEqualByComparingTo("120");
        assertThat(retained.latestMonth()).isEqualTo(MAR);
        assertThat(retained.mean()).isEqualByComparingTo("106.666667");
        assertThat(retained.met()).isTrue();
        var churn = f.kpis().get(1);
        assertThat(churn.latest()).isEqualByComparingTo("2.1");
        assertThat(churn.met()).isFalse();
        assertThat(churn.measuredMonths()).isEqualTo(2);
    }

    @Test
    void without_prediction_counts_the_figure_says_so_honestly() {
        var f = ValueCalculator.of(book(), JAN, MAR, Map.of(), List.of(RETAINED), Map.of(), null);
        assertThat(f.costPerThousand()).isNull();
        assertThat(f.notes()).anyMatch(n -> n.startsWith("No prediction counts yet"));
        assertThat(f.notes()).anyMatch(n -> n.startsWith("No value rule"));
        assertThat(f.roi()).isNull();
        assertThat(f.kpis().getFirst().met()).isNull();
    }

    @Test
    void the_range_limits_every_figure() {
        var f = ValueCalculator.of(book(), MAR, MAR, Map.of(JAN, 1_000_000L), List.of(RETAINED),
                Map.of("Retained customers", series("90", "110", "120")),
                new ValueRule("Retained customers", null, null, null, null));
        assertThat(f.totalCost()).isEqualByComparingTo("1450");
        assertThat(f.costPerThousand()).isNull();
        assertThat(f.costPerKpiUnit()).isEqualByComparingTo("12.0833");
        assertThat(f.value()).isNull();
        assertThat(f.notes()).anyMatch(n -> n.contains("no ROI"));
    }

    @Test
    void cost_per_unit_above_the_limit_in_each_of_the_last_two_months_flags_the_model() {
        // monthly cost per customer: 1,000/90 = 11.11, 1,000/110 = 9.09, 1,450/120 = 12.08
        var limit11 = new ValueRule("Retained customers", null, new BigDecimal("11"), 2, null);
        var measured = Map.of("Retained customers", series("90", "110", "120"));
        assertThat(ValueCalculator.of(book(), JAN, MAR, Map.of(), List.of(RETAINED), measured, limit11).review())
                .isNull();
        var limit9 = new ValueRule("Retained customers", null, new BigDecimal("9"), 2, null);
        assertThat(ValueCalculator.of(book(), JAN, MAR, Map.of(), List.of(RETAINED), measured, limit9).review())
                .isEqualTo("cost per unit of Retained customers above 9 in each of the last 2 measured months "
                        + "(2026-02 to 2026-03)");
    }

    @Test
    void a_kpi_below_target_for_n_months_flags_the_model_only_when_every_one_misses() {
        var rule = new ValueRule("Churn", null, null, null, 2);
        var missed = ValueCalculator.of(book(), JAN, MAR, Map.of(), List.of(CHURN), Map.of("Churn",
                series("1.9", "2.5", "2.1")), rule);
        assertThat(missed.review()).isEqualTo("Churn missed its target of 2 % in each of the last 2 measured months "
                + "(2026-02 to 2026-03)");
        // exactly on target meets it
        var met = ValueCalculator.of(book(), JAN, MAR, Map.of(), List.of(CHURN), Map.of("Churn",
                series("2.5", "2.5", "2")), rule);
        assertThat(met.review()).isNull();
        var tooFew = ValueCalculator.of(book(), JAN, MAR, Map.of(), List.of(CHURN), Map.of("Churn",
                series("2.5")), rule);
        assertThat(tooFew.review()).isNull();
    }
}
