package org.steward.cost;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import org.jspecify.annotations.Nullable;

/** One checked row of a cost import, ready to be stored. */
public record ImportedCost(long line, long modelId, @Nullable String version, LocalDate start, LocalDate end,
                           CostCategory category, BigDecimal amount, Currency currency, @Nullable String note,
                           String key) {
}
