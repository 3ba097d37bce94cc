package org.steward.cost;

import java.math.BigDecimal;
import java.time.YearMonth;
import org.jspecify.annotations.Nullable;
import org.steward.register.KpiDirection;

/**
 * A KPI of the business objective against its target over the chosen months: the latest measured value and month,
 * the mean of the measured months, and whether the latest meets the target (none without a measurement).
 */
public record KpiStatus(String name, String unit, BigDecimal target, KpiDirection direction, int measuredMonths,
                        @Nullable YearMonth latestMonth, @Nullable BigDecimal latest, @Nullable BigDecimal mean,
                        @Nullable Boolean met) {

    static boolean meets(BigDecimal value, BigDecimal target, KpiDirection direction) {
        var c = value.compareTo(target);
        return direction == KpiDirection.HIGHER_IS_BETTER ? c >= 0 : c <= 0;
    }
}
