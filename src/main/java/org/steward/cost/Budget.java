package org.steward.cost;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A model's budget for a year or quarter, in the reporting currency; setting it again replaces amount and levels. */
@Entity
@Table(name = "cost_budget")
class Budget {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "model_id", nullable = false, updatable = false)
    private long modelId;

    @Column(name = "budget_year", nullable = false, updatable = false)
    private int year;

    @Column(nullable = false, updatable = false)
    private int quarter;

    @Column(nullable = false, precision = 19, scale = 4)
    private BigDecimal amount = BigDecimal.ZERO;

    @Column(name = "alert_levels", nullable = false, length = 64)
    private String alertLevels = "";

    @Column(name = "set_by", nullable = false, length = 64)
    private String setBy = "";

    @Column(name = "set_at", nullable = false)
    private Instant setAt = Instant.EPOCH;

    @Version
    private long version;

    protected Budget() {
    }

    Budget(long modelId, BudgetPeriod period) {
        this.modelId = modelId;
        this.year = period.year();
        this.quarter = period.quarter();
    }

    void set(BigDecimal amount, BudgetLevels levels, String by, Instant at) {
        this.amount = Money.stored(amount);
        this.alertLevels = levels.text();
        this.setBy = by;
        this.setAt = at;
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("budget not saved yet");
        }
        return id;
    }

    long modelId() {
        return modelId;
    }

    BudgetPeriod period() {
        return new BudgetPeriod(year, quarter);
    }

    BigDecimal amount() {
        return amount;
    }

    BudgetLevels levels() {
        return BudgetLevels.parse(alertLevels);
    }

    String setBy() {
        return setBy;
    }

    Instant setAt() {
        return setAt;
    }
}
