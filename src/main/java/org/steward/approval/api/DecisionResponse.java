package org.steward.approval.api;

import org.steward.approval.DecisionOutcome;
import org.steward.approval.DecisionView;
import org.steward.register.ApprovalStatus;
import org.steward.register.Stage;

/** The version's status after a decision, its new lock version, and the decision as recorded. */
record DecisionResponse(long modelId, String label, ApprovalStatus status, Stage stage, long version,
                        DecisionView decision) {

    static DecisionResponse of(DecisionOutcome outcome) {
        var v = outcome.version();
        return new DecisionResponse(v.modelId(), v.label(), v.status(), v.details().stage(), v.version(),
                outcome.decision());
    }
}
