package org.steward.cost.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.steward.base.InvalidInputException;
import org.steward.base.Validation;
import org.steward.cost.CostCategory;
import org.steward.cost.CostEntryView;
import org.steward.cost.Money;
import org.steward.cost.ValueRule;

/** The request bodies of the costs API. */
final class CostBodies {

    private CostBodies() {
    }

    /** One cost: a {@code date}, or {@code start} and {@code end}; the amount in {@code currency}. */
    @Schema(description = "One cost of the model")
    record CostBody(@Nullable String version, @Nullable LocalDate date, @Nullable LocalDate start,
                    @Nullable LocalDate end, @Nullable String category, @Nullable BigDecimal amount,
                    @Nullable String currency, @Nullable String note,
                    @Schema(description = "the billing line's id; a second push of the same key is refused (409)")
                    @Nullable String importKey) {

        CostEntryView.Details details() {
            var errors = new LinkedHashMap<String, String>();
            if (date == null && (start == null || end == null)) {
                errors.put("date", "give a date, or a start and an end");
            }
            if (date != null && (start != null || end != null)) {
                errors.put("date", "give a date or a period, not both");
            }
            var c = category == null ? null : CostCategory.parse(category).orElse(null);
            if (c == null) {
                errors.put("category", "one of " + List.of(CostCategory.values()));
            }
            if (amount == null) {
                errors.put("amount", "the amount");
            }
            var ccy = currency == null ? null : Money.currency(currency).orElse(null);
            if (ccy == null) {
                errors.put("currency", "an ISO 4217 currency code such as EUR");
            }
            Validation.throwIfAny(errors);
            return new CostEntryView.Details(version, date != null ? date : start, date != null ? date : end, c,
                    amount, ccy, note);
        }
    }

    @Schema(description = "A budget in the reporting currency with alert levels in percent (default 80 and 100)")
    record BudgetBody(@Nullable BigDecimal amount, @Nullable List<Integer> alertLevels) {
    }

    @Schema(description = "The measured value of one of the model's KPIs in a month (yyyy-MM)")
    record KpiBody(@Nullable String kpi, @Nullable YearMonth month, @Nullable BigDecimal value,
                   @Nullable String note) {

        YearMonth requireMonth() {
            if (month == null) {
                throw InvalidInputException.of("month", "the month as yyyy-MM");
            }
            return month;
        }
    }

    @Schema(description = "How many predictions the model served in the month")
    record PredictionsBody(@Nullable Long predictions) {
    }

    @Schema(description = "Units of the reporting currency per unit of the currency, from the month on")
    record RateBody(@Nullable BigDecimal rate) {
    }

    @Schema(description = "The value KPI, the value of one unit of it, and the review rule")
    record RuleBody(@Nullable String valueKpi, @Nullable BigDecimal unitValue, @Nullable BigDecimal maxCostPerUnit,
                    @Nullable Integer costPeriods, @Nullable Integer belowTargetPeriods) {

        ValueRule rule() {
            return new ValueRule(valueKpi == null ? "" : valueKpi, unitValue, maxCostPerUnit, costPeriods,
                    belowTargetPeriods);
        }
    }
}
