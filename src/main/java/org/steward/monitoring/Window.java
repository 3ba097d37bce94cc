package org.steward.monitoring;

import java.time.Instant;
import java.util.List;

/**
 * The production observations an evaluation judges: the rows of its batches, when they were observed, and the
 * serving statistics pushed for periods that overlap them.
 */
record Window(List<ObservationRow> rows, int batches, Instant firstObservedAt, Instant lastObservedAt,
              List<ServingPeriodView> serving) {

    Window {
        rows = List.copyOf(rows);
        serving = List.copyOf(serving);
    }

    Window(List<ObservationRow> rows, int batches, Instant firstObservedAt, Instant lastObservedAt) {
        this(rows, batches, firstObservedAt, lastObservedAt, List.of());
    }
}
