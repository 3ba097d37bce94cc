package org.steward.cost;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import org.jspecify.annotations.Nullable;

/** The measured value of one of a model's KPIs in a month. */
public record KpiValue(long modelId, String kpi, YearMonth month, BigDecimal value, CostSource source,
                       @Nullable String note, String recordedBy, Instant recordedAt) {
}
