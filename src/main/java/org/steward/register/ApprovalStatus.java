package org.steward.register;

import java.util.EnumSet;
import java.util.Map;
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

    /** The approval workflow's transition table: from each status, where a version may move next. */
    private static final Map<ApprovalStatus, Set<ApprovalStatus>> NEXT = Map.of(
            DRAFT, EnumSet.of(SUBMITTED),
            SUBMITTED, EnumSet.of(CHANGES_REQUESTED, APPROVED, REJECTED),
            CHANGES_REQUESTED, EnumSet.of(SUBMITTED),
            APPROVED, EnumSet.of(DEPLOYED, RETIRED),
            REJECTED, EnumSet.noneOf(ApprovalStatus.class),
            DEPLOYED, EnumSet.of(SUSPENDED, RETIRED),
            SUSPENDED, EnumSet.of(DEPLOYED, RETIRED),
            RETIRED, EnumSet.noneOf(ApprovalStatus.class));

    private final String label;

    ApprovalStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether the workflow allows a version in this status to move to {@code next}. */
    public boolean canMoveTo(ApprovalStatus next) {
        return NEXT.get(this).contains(next);
    }

    /** The statuses a version in this status may move to. */
    public Set<ApprovalStatus> next() {
        var next = EnumSet.noneOf(ApprovalStatus.class);
        next.addAll(NEXT.get(this));
        return next;
    }

    /** Why a version in this status cannot move to {@code next}, written for the person who tried. */
    public String whyNot(ApprovalStatus next) {
        if (this == next) {
            return "The version is already " + label + ".";
        }
        return switch (this) {
            case REJECTED -> "A Rejected version cannot be " + verb(next) + "; register a new version.";
            case RETIRED -> "A Retired version cannot be " + verb(next) + "; register a new version.";
            default -> "A version that is " + label + " cannot be " + verb(next) + "; it can only be "
                    + String.join(" or ", NEXT.get(this).stream().map(ApprovalStatus::verb).toList()) + ".";
        };
    }

    private static String verb(ApprovalStatus status) {
        return switch (status) {
            case DRAFT -> "put back to draft";
            case SUBMITTED -> "submitted";
            case CHANGES_REQUESTED -> "sent back for changes";
            case APPROVED -> "approved";
            case REJECTED -> "rejected";
            case DEPLOYED -> "deployed";
            case SUSPENDED -> "suspended";
            case RETIRED -> "retired";
        };
    }
}
