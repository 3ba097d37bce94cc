package org.steward.cost;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import org.steward.register.ApprovalStatus;

/**
 * One model in the portfolio over a year, in the reporting currency: its cost, its budget and how much of it is
 * used, the value of its value KPI and ROI (when a value rule gives them), whether its value KPI meets the target,
 * and the review rule's finding.
 */
public record PortfolioRow(long modelId, String name, String owner, String domain, @Nullable ApprovalStatus status,
                           BigDecimal cost, @Nullable BigDecimal budget, @Nullable BigDecimal budgetUsed,
                           @Nullable BigDecimal value, @Nullable BigDecimal roi, @Nullable Boolean kpiMet,
                           @Nullable String review) {

    /** The sortable columns. */
    public enum Column { NAME, OWNER, STATUS, COST, BUDGET_USED, VALUE, ROI }
}
