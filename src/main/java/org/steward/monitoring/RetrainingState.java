package org.steward.monitoring;

import java.util.Set;

/** Where a retraining request stands, as the model's pipeline reports it. */
public enum RetrainingState {
    ACCEPTED, STARTED, COMPLETED, FAILED, DECLINED;

    /** A request in this state takes no further report. */
    public boolean terminal() {
        return this == COMPLETED || this == FAILED || this == DECLINED;
    }

    /** The states a report may move to from this one (the first report may be any state). */
    Set<RetrainingState> next() {
        return switch (this) {
            case ACCEPTED -> Set.of(STARTED, COMPLETED, FAILED, DECLINED);
            case STARTED -> Set.of(COMPLETED, FAILED);
            case COMPLETED, FAILED, DECLINED -> Set.of();
        };
    }
}
