package org.steward.approval;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/** A condition attached to an approval: what must be done, and by when. */
@Embeddable
public record Condition(
        @Column(name = "condition_text", nullable = false, length = Condition.TEXT_MAX) String text,
        @Column(name = "due_date", nullable = false) LocalDate due) {

    public static final int TEXT_MAX = 1000;
}
