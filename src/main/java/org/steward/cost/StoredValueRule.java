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

/** A model's value rule and the review flag it currently raises. */
@Entity
@Table(name = "cost_value_rule")
class StoredValueRule {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "model_id", nullable = false, updatable = false)
    private long modelId;

    @Column(name = "value_kpi", nullable = false, length = 120)
    private String valueKpi = "";

    @Column(name = "unit_value", precision = 19, scale = 4)
    private @Nullable BigDecimal unitValue;

    @Column(name = "max_cost_per_unit", precision = 19, scale = 4)
    private @Nullable BigDecimal maxCostPerUnit;

    @Column(name = "cost_periods")
    private @Nullable Integer costPeriods;

    @Column(name = "below_target_periods")
    private @Nullable Integer belowTargetPeriods;

    @Column(name = "flagged_since")
    private @Nullable Instant flaggedSince;

    @Column(name = "flag_reason", length = 2000)
    private @Nullable String flagReason;

    @Column(name = "set_by", nullable = false, length = 64)
    private String setBy = "";

    @Column(name = "set_at", nullable = false)
    private Instant setAt = Instant.EPOCH;

    @Version
    private long version;

    protected StoredValueRule() {
    }

    StoredValueRule(long modelId) {
        this.modelId = modelId;
    }

    void set(ValueRule rule, String by, Instant at) {
        this.valueKpi = rule.valueKpi();
        this.unitValue = rule.unitValue() == null ? null : Money.stored(rule.unitValue());
        this.maxCostPerUnit = rule.maxCostPerUnit() == null ? null : Money.stored(rule.maxCostPerUnit());
        this.costPeriods = rule.costPeriods();
        this.belowTargetPeriods = rule.belowTargetPeriods();
        this.setBy = by;
        this.setAt = at;
    }

    ValueRule rule() {
        return new ValueRule(valueKpi, unitValue, maxCostPerUnit, costPeriods, belowTargetPeriods);
    }

    long modelId() {
        return modelId;
    }

    @Nullable String flagReason() {
        return flagReason;
    }

    @Nullable Instant flaggedSince() {
        return flaggedSince;
    }

    /** Records the rule's current finding; true when the model is newly flagged or its reason changed. */
    boolean flag(@Nullable String reason, Instant at) {
        if (reason == null) {
            flaggedSince = null;
            flagReason = null;
            return false;
        }
        var changed = !reason.equals(flagReason);
        if (flaggedSince == null) {
            flaggedSince = at;
        }
        flagReason = reason;
        return changed;
    }
}
