package org.steward.monitoring;

import java.util.EnumSet;
import java.util.Set;

/** Where a retraining request stands, as the model's pipeline reports it. */
public enum RetrainingState {
    ACCEPTED, STARTED, COMPLETED, FAILED, DECLINED;

    /** A request in this state takes no further report. */
    public boolean terminal() {
        return this == COMPLETED || this == FAILED || this == DECLINED;
    }

    /** The states a report may move to from this one, in declaration order (the first report may be any state). */
    Set<RetrainingState> next() {
        return switch (this) {
            case ACCEPTED -> EnumSet.of(STARTED, COMPLETED, FAILED, DECLINED);
            case STARTED -> EnumSet.of(COMPLETED, FAILED);
            case COMPLETED, FAILED, DECLINED -> EnumSet.noneOf(RetrainingState.class);
        };
    }
}
