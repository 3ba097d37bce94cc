package org.steward.cost;

import java.time.Instant;

/** A model of the signed-in owner that its cost-effectiveness review rule flags, with the rule's reason. */
public record ReviewFlag(long modelId, String modelName, String reason, Instant flaggedSince) {
}
