package org.steward.ledger;

import java.time.Instant;
import java.util.List;
import org.steward.base.GovernanceEvent;

/** A user holding a privileged role (administrator, risk officer, auditor) signed in. */
record PrivilegedSignIn(String actor, List<String> roles, Instant at) implements GovernanceEvent {

    @Override
    public String kind() {
        return "PRIVILEGED_SIGN_IN";
    }

    @Override
    public String subject() {
        return "user:" + actor;
    }

    @Override
    public String summary() {
        return actor + " signed in as " + String.join(", ", roles);
    }
}
