package org.steward.approval;

import java.time.Instant;
import java.time.LocalDate;

/** A condition attached to an approval, with the version it binds and who set it. */
public record DueCondition(long modelId, String modelName, long versionId, String label, String text, LocalDate due,
                           String approvedBy, Instant approvedAt) {
}
