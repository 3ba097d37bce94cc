package org.steward.fairness;

import org.springframework.context.ApplicationContext;

/** Lets tests of other packages (views, API) store an aged copy of an audit, as {@link Backdating} does. */
public final class AuditAging {

    private AuditAging() {
    }

    /** Stores a copy of the audit as if it had been made {@code days} ago; returns its id. */
    public static long backdate(ApplicationContext context, FairnessAuditView audit, int days) {
        return Backdating.store(context.getBean(StoredAudits.class), context.getBean(StoredPolicies.class), audit,
                audit.audit().versionLabel(), days);
    }
}
