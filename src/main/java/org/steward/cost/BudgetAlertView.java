package org.steward.cost;

import java.math.BigDecimal;
import java.time.Instant;

/** An alert level of a model's budget that was reached, for the owner's inbox. */
public record BudgetAlertView(long modelId, String modelName, String period, int level, BigDecimal spent,
                              BigDecimal budget, String currency, Instant raisedAt) {

    public boolean overrun() {
        return level >= 100;
    }
}
