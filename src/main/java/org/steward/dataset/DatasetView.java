package org.steward.dataset;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A stored scored sample as read from the register: where it belongs, what it is and who uploaded it.
 *
 * @param sha256      SHA-256 of the uploaded file's bytes, as the developer has them
 * @param sizeBytes   size of the uploaded file
 * @param storedBytes size of what Steward keeps (compressed, without dropped columns)
 * @param keyId       the id of the key its content is encrypted with; null when purged, or stored before encryption
 *                    at rest and not encrypted yet
 * @param purge       when, by whom and why its raw data was purged; null while it is stored
 */
public record DatasetView(long id, long modelId, long versionId, String versionLabel, String fileName,
                          String sha256, long sizeBytes, long storedBytes, int rows, int columns,
                          ColumnMapping mapping, String uploadedBy, Instant uploadedAt, @Nullable String keyId,
                          @Nullable Purge purge) {

    /** The raw data of a dataset was purged; its row, hash and derived results stay. */
    public record Purge(Instant at, String by, String reason) {
    }

    public boolean purged() {
        return purge != null;
    }

    public TaskType task() {
        return mapping.task();
    }

    /** The first 12 hex digits of the hash, for tables and chart captions. */
    public String shortHash() {
        return sha256.substring(0, 12);
    }
}
