package org.steward.cost;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A budget with what has been spent in its period so far, in the reporting currency, and the alert levels reached.
 */
public record BudgetView(long modelId, BudgetPeriod period, BigDecimal amount, BudgetLevels levels, BigDecimal spent,
                         List<Integer> reached, String currency, String setBy, Instant setAt) {

    public BudgetView {
        reached = List.copyOf(reached);
    }

    /** Spent as a share of the budget, e.g. 0.8 for 80%. */
    public BigDecimal used() {
        return Money.ratio(spent, amount).orElse(BigDecimal.ZERO);
    }

    public boolean overrun() {
        return spent.compareTo(amount) > 0;
    }
}
