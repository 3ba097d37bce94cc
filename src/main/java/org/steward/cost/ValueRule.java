package org.steward.cost;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * Per model: the KPI that measures the model's value, what one unit of it is worth in the reporting currency (for
 * ROI; none: no ROI), and the cost-effectiveness review rule: flag the model when the cost per KPI unit is above
 * {@code maxCostPerUnit} in each of the last {@code costPeriods} measured months, or when the KPI misses its target
 * in each of the last {@code belowTargetPeriods} measured months. Either part may be left out.
 */
public record ValueRule(String valueKpi, @Nullable BigDecimal unitValue, @Nullable BigDecimal maxCostPerUnit,
                        @Nullable Integer costPeriods, @Nullable Integer belowTargetPeriods) {

    public static final int MAX_PERIODS = 24;

    public ValueRule {
        valueKpi = valueKpi == null ? "" : valueKpi.strip();
    }
}
