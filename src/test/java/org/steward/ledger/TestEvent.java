package org.steward.ledger;

import java.time.Instant;
import org.steward.base.GovernanceEvent;

/** A governance event of no particular feature, for appending to the ledger in tests. */
record TestEvent(String actor, String kind, String subject, String summary, Instant at) implements GovernanceEvent {

    static TestEvent of(String actor, String subject, String summary) {
        return new TestEvent(actor, "TEST_EVENT", subject, summary, Instant.now());
    }
}
