package org.steward.cost;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A model's derived figures over a chosen range of months, in the reporting currency. A figure that the recorded
 * data cannot give is absent, and {@code notes} say why (e.g. "no prediction counts yet").
 *
 * @param totalCost             total cost of ownership: every cost of the months
 * @param costPerThousand       cost per 1,000 predictions over the months with a recorded prediction volume
 * @param predictionMonths      how many of the months have a recorded prediction volume
 * @param costPerKpiUnit        cost of the months with a value-KPI measurement / the KPI's sum over them
 * @param value                 the value KPI's sum × its unit value
 * @param roi                   (value − total cost) / total cost, as a ratio (0.25 = 25%)
 * @param review                the review rule's finding, if it flags the model
 */
public record ValueFigures(YearMonth from, YearMonth to, BigDecimal totalCost, @Nullable BigDecimal costPerThousand,
                           int predictionMonths, @Nullable BigDecimal costPerKpiUnit, @Nullable BigDecimal value,
                           @Nullable BigDecimal roi, List<KpiStatus> kpis, @Nullable String review,
                           List<String> notes) {

    public ValueFigures {
        kpis = List.copyOf(kpis);
        notes = List.copyOf(notes);
    }

    public Optional<String> reviewFinding() {
        return Optional.ofNullable(review);
    }

    public int months() {
        return (int) (from.until(to, java.time.temporal.ChronoUnit.MONTHS) + 1);
    }
}
