package org.steward.inbox;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.steward.approval.DueCondition;

/** An approval condition falling due, with the days left until its due date (negative once overdue). */
public record ConditionDue(long modelId, String modelName, String label, String text, LocalDate due,
                           String approvedBy, long daysLeft) {

    public boolean overdue() {
        return daysLeft < 0;
    }

    static ConditionDue of(DueCondition c, LocalDate today) {
        return new ConditionDue(c.modelId(), c.modelName(), c.label(), c.text(), c.due(), c.approvedBy(),
                ChronoUnit.DAYS.between(today, c.due()));
    }
}
