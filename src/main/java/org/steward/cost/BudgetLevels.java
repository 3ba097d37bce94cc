package org.steward.cost;

import java.math.BigDecimal;
import java.util.List;

/**
 * The alert levels of a budget in percent, e.g. 80 and 100. A level is reached when the spending is at least that
 * share of the budget: exactly 80% reaches the 80% level, and exactly the budget the 100% level.
 */
public record BudgetLevels(List<Integer> percents) {

    public static final BudgetLevels DEFAULT = new BudgetLevels(List.of(80, 100));
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public BudgetLevels {
        percents = percents.stream().distinct().sorted().toList();
        if (percents.isEmpty() || percents.stream().anyMatch(p -> p < 1 || p > 1000)) {
            throw new IllegalArgumentException("alert levels are percentages from 1 to 1000, e.g. 80,100");
        }
    }

    /** Parses "80, 100". */
    public static BudgetLevels parse(String text) {
        try {
            return new BudgetLevels(java.util.Arrays.stream(text.split(",")).map(String::strip)
                    .filter(s -> !s.isEmpty()).map(s -> Integer.valueOf(s.replace("%", ""))).toList());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("alert levels are whole percentages separated by commas, e.g. 80,100");
        }
    }

    /** The levels the spending has reached, lowest first; compared exactly, without rounding. */
    public List<Integer> reached(BigDecimal spent, BigDecimal budget) {
        return percents.stream()
                .filter(p -> spent.multiply(HUNDRED).compareTo(budget.multiply(BigDecimal.valueOf(p))) >= 0)
                .toList();
    }

    public String text() {
        return String.join(",", percents.stream().map(String::valueOf).toList());
    }
}
