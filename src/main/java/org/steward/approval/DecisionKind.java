package org.steward.approval;

import org.steward.register.ApprovalStatus;

/** What someone decided about a version, and the status it leads to. */
public enum DecisionKind {
    SUBMIT("Submit", "submitted", ApprovalStatus.SUBMITTED),
    APPROVE("Approve", "approved", ApprovalStatus.APPROVED),
    REQUEST_CHANGES("Request changes", "requested changes to", ApprovalStatus.CHANGES_REQUESTED),
    REJECT("Reject", "rejected", ApprovalStatus.REJECTED),
    DEPLOY("Deploy", "deployed", ApprovalStatus.DEPLOYED),
    SUSPEND("Suspend", "suspended", ApprovalStatus.SUSPENDED),
    RETIRE("Retire", "retired", ApprovalStatus.RETIRED);

    private final String label;
    private final String pastTense;
    private final ApprovalStatus target;

    DecisionKind(String label, String pastTense, ApprovalStatus target) {
        this.label = label;
        this.pastTense = pastTense;
        this.target = target;
    }

    public String label() {
        return label;
    }

    public String pastTense() {
        return pastTense;
    }

    /** The status this decision moves the version to (an approval may need a second one first). */
    public ApprovalStatus target() {
        return target;
    }

    /** Approve, reject and request changes: the reviewers' decisions, subject to segregation of duties. */
    public boolean isReview() {
        return this == APPROVE || this == REJECT || this == REQUEST_CHANGES;
    }

    /** Deploy, suspend and retire: operating an approved version. */
    public boolean isOperational() {
        return this == DEPLOY || this == SUSPEND || this == RETIRE;
    }
}
