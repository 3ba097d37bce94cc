package org.steward.protection;

/** How long a model's raw samples are kept, and whether a legal hold suspends purging them. */
public record Retention(long modelId, int days, boolean legalHold) {
}
