package org.steward.cost;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An alert level of a budget that was reached; raised once per budget and level. */
@Entity
@Table(name = "cost_budget_alert")
class BudgetAlert {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "budget_id", nullable = false, updatable = false)
    private long budgetId;

    @Column(name = "model_id", nullable = false, updatable = false)
    private long modelId;

    @Column(name = "alert_level", nullable = false, updatable = false)
    private int level;

    @Column(nullable = false, updatable = false, precision = 19, scale = 4)
    private BigDecimal spent = BigDecimal.ZERO;

    @Column(name = "raised_at", nullable = false, updatable = false)
    private Instant raisedAt = Instant.EPOCH;

    protected BudgetAlert() {
    }

    BudgetAlert(long budgetId, long modelId, int level, BigDecimal spent, Instant raisedAt) {
        this.budgetId = budgetId;
        this.modelId = modelId;
        this.level = level;
        this.spent = Money.stored(spent);
        this.raisedAt = raisedAt;
    }

    long budgetId() {
        return budgetId;
    }

    long modelId() {
        return modelId;
    }

    int level() {
        return level;
    }

    BigDecimal spent() {
        return spent;
    }

    Instant raisedAt() {
        return raisedAt;
    }
}
