/** The costs and value REST API under {@code /api/v1}: costs, imports, budgets, KPI values, figures, portfolio. */
@NullMarked
package org.steward.cost.api;

import org.jspecify.annotations.NullMarked;
