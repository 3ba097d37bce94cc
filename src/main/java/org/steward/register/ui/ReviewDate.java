package org.steward.register.ui;

import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A model's next review date, highlighted once it has passed. */
final class ReviewDate {

    private ReviewDate() {
    }

    static Span of(@Nullable LocalDate reviewDate, LocalDate today) {
        var span = new Span(Formats.date(reviewDate));
        if (reviewDate != null && reviewDate.isBefore(today)) {
            span.addClassName("steward-overdue");
            span.setTitle("Review overdue");
            span.getElement().setAttribute("aria-label", reviewDate + ", review overdue");
        }
        return span;
    }
}
