package org.steward.monitoring;

import java.time.Instant;
import java.util.List;

/** The production observations an evaluation judges: the rows of its batches and when they were observed. */
record Window(List<ObservationRow> rows, int batches, Instant firstObservedAt, Instant lastObservedAt) {

    Window {
        rows = List.copyOf(rows);
    }
}
