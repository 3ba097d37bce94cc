package org.steward.dataset;

import java.time.Instant;
import org.steward.base.GovernanceEvent;

/** An administrator granted or revoked a user's permission to download raw samples; in the ledger. */
public record RawDataAccessChanged(String username, boolean granted, String reason, String actor, Instant at)
        implements GovernanceEvent {

    @Override
    public String kind() {
        return granted ? "RAW_DATA_ACCESS_GRANTED" : "RAW_DATA_ACCESS_REVOKED";
    }

    @Override
    public String subject() {
        return "user:" + username;
    }

    @Override
    public String summary() {
        return actor + (granted ? " allowed " : " no longer allows ") + username + " to download raw samples: "
                + reason;
    }
}
