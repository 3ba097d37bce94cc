package org.steward.approval;

import java.time.Instant;
import org.steward.register.ApprovalStatus;

/** A version sent back to its submitter (changes requested or rejected), with the reviewer's decision. */
public record ReturnedItem(long modelId, String modelName, long versionId, String label, ApprovalStatus status,
                           String decidedBy, String rationale, Instant decidedAt) {
}
