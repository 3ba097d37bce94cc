package org.steward.cost;

import java.math.BigDecimal;
import java.time.YearMonth;

/** The part of a cost entry that falls in one month, converted to the reporting currency. */
public record CostLine(YearMonth month, CostCategory category, BigDecimal amount) {
}
