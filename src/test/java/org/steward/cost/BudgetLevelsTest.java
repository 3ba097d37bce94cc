package org.steward.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class BudgetLevelsTest {

    private static final BigDecimal BUDGET = new BigDecimal("1000.0000");

    private static List<Integer> reached(String spent) {
        return BudgetLevels.DEFAULT.reached(new BigDecimal(spent), BUDGET);
    }

    @Test
    void exactly_eighty_percent_reaches_the_eighty_percent_level() {
        assertThat(reached("799.9999")).isEmpty();
        assertThat(reached("800")).containsExactly(80);
        assertThat(reached("800.0001")).containsExactly(80);
    }

    @Test
    void exactly_the_budget_reaches_the_hundred_percent_level() {
        assertThat(reached("999.9999")).containsExactly(80);
        assertThat(reached("1000.0000")).containsExactly(80, 100);
        assertThat(reached("1500")).containsExactly(80, 100);
    }

    @Test
    void levels_are_compared_without_rounding_on_awkward_budgets() {
        // 80% of 333.3333 is 266.66664
        var levels = new BudgetLevels(List.of(80));
        assertThat(levels.reached(new BigDecimal("266.6666"), new BigDecimal("333.3333"))).isEmpty();
        assertThat(levels.reached(new BigDecimal("266.6667"), new BigDecimal("333.3333"))).containsExactly(80);
    }

    @Test
    void levels_parse_sort_and_refuse_nonsense() {
        assertThat(BudgetLevels.parse("100, 80%, 50").percents()).containsExactly(50, 80, 100);
        assertThat(BudgetLevels.parse("80,100").text()).isEqualTo("80,100");
        assertThatThrownBy(() -> BudgetLevels.parse("eighty")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BudgetLevels.parse("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BudgetLevels.parse("0,100")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_quarter_covers_its_three_months_and_quarter_zero_the_year() {
        var q2 = new BudgetPeriod(2026, 2);
        assertThat(q2.first()).isEqualTo(YearMonth.of(2026, 4));
        assertThat(q2.last()).isEqualTo(YearMonth.of(2026, 6));
        assertThat(q2.label()).isEqualTo("2026 Q2");
        assertThat(BudgetPeriod.year(2026).contains(YearMonth.of(2026, 12))).isTrue();
        assertThat(BudgetPeriod.year(2026).label()).isEqualTo("2026");
        assertThatThrownBy(() -> new BudgetPeriod(2026, 5)).isInstanceOf(IllegalArgumentException.class);
    }
}
