package org.steward.monitoring;

import java.time.Instant;

/** The raw values of a batch (or a baseline's exact values) were purged: when, by whom and why; results stay. */
public record RawDataPurge(Instant at, String by, String reason) {

    static final int REASON_MAX = 2000;
}
