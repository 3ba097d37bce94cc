package org.steward.dataset;

import java.time.Instant;
import org.steward.base.GovernanceEvent;

/**
 * The key rotation job re-encrypted stored raw data with the active key; one event per run and store that moved
 * any ({@code what}: "scored samples", "monitoring batches", …).
 */
public record DatasetsReencrypted(int count, String keyId, int failed, String actor, Instant at, String what)
        implements GovernanceEvent {

    /** The actor of background work. */
    public static final String SYSTEM = "system";

    @Override
    public String kind() {
        return "DATASETS_REENCRYPTED";
    }

    @Override
    public String subject() {
        return "datasets";
    }

    @Override
    public String summary() {
        return "Re-encrypted " + count + " stored " + what + " with key '" + keyId + "'"
                + (failed > 0 ? "; " + failed + " could not be decrypted (see the log)" : "");
    }
}
