package org.steward.monitoring;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A production batch as listed: where it belongs, its size and body hash, when it was observed and received, and
 * where its raw feature values are. Never the values themselves.
 *
 * @param keyId the id of the key its feature values are sealed with; null when purged, or stored before encryption
 * @param purge when, by whom and why its raw feature values were purged; null while they are stored
 */
public record BatchView(long id, long modelId, long versionId, String idempotencyKey, String bodySha256, int rows,
                        Instant observedAt, Instant receivedAt, String receivedBy, @Nullable String keyId,
                        @Nullable RawDataPurge purge) {

    public boolean purged() {
        return purge != null;
    }
}
