package org.steward.register;

import java.util.EnumSet;
import java.util.Set;

/** Where a model version stands in the approval workflow. */
public enum ApprovalStatus {
    DRAFT("Draft"),
    SUBMITTED("Submitted for review"),
    CHANGES_REQUESTED("Changes requested"),
    APPROVED("Approved"),
    REJECTED("Rejected"),
    DEPLOYED("Deployed"),
    SUSPENDED("Suspended"),
    RETIRED("Retired");

    /** Statuses in which end users may see a version. */
    public static final Set<ApprovalStatus> VISIBLE_TO_END_USERS = EnumSet.of(APPROVED, DEPLOYED);

    private final String label;

    ApprovalStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
