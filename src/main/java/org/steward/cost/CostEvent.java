package org.steward.cost;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import org.jspecify.annotations.Nullable;
import org.steward.base.GovernanceEvent;

/** Something changed in a model's cost and value ledger; published in the change's transaction. */
public sealed interface CostEvent extends GovernanceEvent {

    /** The actor of findings Steward makes itself, e.g. a budget level reached by an import. */
    String SYSTEM = "steward";

    long modelId();

    @Override
    default String subject() {
        return "model:" + modelId();
    }

    private static String money(BigDecimal amount, String currency) {
        return currency + " " + amount.setScale(2, Money.ROUNDING).toPlainString();
    }

    /** Costs were recorded: one entry by hand or by API, or the rows of an import. */
    record CostsRecorded(long modelId, int entries, BigDecimal total, String reportingCurrency, CostSource source,
                         @Nullable String file, String actor, Instant at) implements CostEvent {
        public String kind() {
            return "COSTS_RECORDED";
        }

        public String summary() {
            return "Recorded " + entries + (entries == 1 ? " cost entry" : " cost entries") + " ("
                    + source.label() + (file == null ? "" : " of " + file) + "), " + money(total, reportingCurrency)
                    + " in the reporting currency";
        }
    }

    /** A budget was set or changed. */
    record BudgetSet(long modelId, String period, BigDecimal amount, String currency, String levels, String actor,
                     Instant at) implements CostEvent {
        public String kind() {
            return "BUDGET_SET";
        }

        public String summary() {
            return "Set the " + period + " budget to " + money(amount, currency) + " with alerts at " + levels + "%";
        }
    }

    /** Spending reached an alert level of a budget; raised once per budget and level, for the owner's inbox. */
    record BudgetLevelReached(long modelId, String modelName, String owner, String period, int level,
                              BigDecimal spent, BigDecimal budget, String currency, String actor, Instant at)
            implements CostEvent {
        public String kind() {
            return level >= 100 ? "BUDGET_OVERRUN" : "BUDGET_ALERT";
        }

        public String summary() {
            return "Costs of '" + modelName + "' reached " + level + "% of the " + period + " budget: "
                    + money(spent, currency) + " of " + money(budget, currency);
        }
    }

    /** A KPI's value was measured for a month. */
    record KpiMeasured(long modelId, String kpi, YearMonth month, BigDecimal value, CostSource source, String actor,
                       Instant at) implements CostEvent {
        public String kind() {
            return "KPI_MEASURED";
        }

        public String summary() {
            return "Measured " + kpi + " = " + value.toPlainString() + " for " + month + " (" + source.label() + ")";
        }
    }

    /** The value rule (value KPI, unit value, review rule) of a model was set. */
    record ValueRuleSet(long modelId, ValueRule rule, String actor, Instant at) implements CostEvent {
        public String kind() {
            return "VALUE_RULE_SET";
        }

        public String summary() {
            return "Set the value rule: value KPI '" + rule.valueKpi() + "'"
                    + (rule.maxCostPerUnit() == null ? "" : ", review when cost per unit exceeds "
                    + rule.maxCostPerUnit().toPlainString() + " for " + rule.costPeriods() + " months")
                    + (rule.belowTargetPeriods() == null ? "" : ", review when below target for "
                    + rule.belowTargetPeriods() + " months");
        }
    }

    /** The cost-effectiveness review rule flagged the model for review, or the reason changed. */
    record FlaggedForReview(long modelId, String modelName, String owner, String reason, String actor, Instant at)
            implements CostEvent {
        public String kind() {
            return "COST_REVIEW_FLAGGED";
        }

        public String summary() {
            return "'" + modelName + "' flagged for a cost-effectiveness review: " + reason;
        }
    }

    /** An exchange rate into the reporting currency was set. */
    record ExchangeRateSet(String currency, YearMonth from, BigDecimal rate, String reportingCurrency, String actor,
                           Instant at) implements CostEvent {
        public long modelId() {
            return 0;
        }

        public String subject() {
            return "exchange-rate:" + currency;
        }

        public String kind() {
            return "EXCHANGE_RATE_SET";
        }

        public String summary() {
            return "Set 1 " + currency + " = " + rate.stripTrailingZeros().toPlainString() + " " + reportingCurrency
                    + " from " + from;
        }
    }
}
