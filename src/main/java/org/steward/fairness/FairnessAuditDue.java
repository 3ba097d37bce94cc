package org.steward.fairness;

import java.time.Instant;
import org.steward.base.GovernanceEvent;

/**
 * The latest fairness audit of a version passed its re-audit date; announced once per audit by the due check, for
 * the ledger and the owners' inboxes. Nothing renews the audit but a new one.
 */
public record FairnessAuditDue(long modelId, long versionId, String label, long auditId, Instant auditedAt,
                               Instant dueAt, String actor, Instant at) implements GovernanceEvent {

    /** The actor of announcements made by Steward itself. */
    public static final String SYSTEM = "steward";

    @Override
    public String kind() {
        return "FAIRNESS_AUDIT_DUE";
    }

    @Override
    public String subject() {
        return "model:" + modelId;
    }

    @Override
    public String summary() {
        return "The fairness audit of version " + label + " is due for a re-audit since " + dueAt.toString()
                .substring(0, 10) + ": re-audit it or upload a new scored sample";
    }
}
