package org.steward.compliance;

import org.steward.fairness.FairnessAuditSummary;

/** A version whose fairness re-audit is due, with its latest audit and its model's name. */
public record OverdueAudit(FairnessAuditSummary audit, String modelName) {
}
