package org.steward.fairness;

import org.steward.fairness.measure.FairnessResult;

/** A recorded fairness audit with its full result. */
public record FairnessAuditView(FairnessAuditSummary audit, FairnessResult result) {
}
