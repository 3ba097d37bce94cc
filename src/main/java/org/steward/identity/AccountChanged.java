package org.steward.identity;

import java.time.Instant;
import org.steward.base.GovernanceEvent;

/** A user account or API token was created or changed; the change log records it. */
public record AccountChanged(String username, String kind, String summary, String actor, Instant at)
        implements GovernanceEvent {

    @Override
    public String subject() {
        return "user:" + username;
    }
}
