/**
 * The cost and value ledger per model: costs in their own currency converted to the reporting currency, budgets
 * with alert levels, measured KPI values, derived figures (total cost of ownership, cost per 1,000 predictions and
 * per KPI unit, ROI), the cost-effectiveness review rule, the approval gate "Cost estimate" and the portfolio.
 */
@ApplicationModule(displayName = "Costs and value")
@NullMarked
package org.steward.cost;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
