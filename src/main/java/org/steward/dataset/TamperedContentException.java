package org.steward.dataset;

/** Stored raw data does not decrypt: it was modified, truncated, or belongs to another row. */
public class TamperedContentException extends RuntimeException {

    TamperedContentException(long datasetId, String keyId) {
        super("The stored content of dataset " + datasetId + " failed its integrity check with key '" + keyId
                + "': it was modified, truncated or copied from another dataset. Nothing was read from it; restore "
                + "it from a backup (its SHA-256 in the register tells the right file).");
    }

    /** {@code subject} names what was sealed, e.g. {@code monitoring-batch:7}. */
    TamperedContentException(String subject, String keyId) {
        super("The stored content of " + subject + " failed its integrity check with key '" + keyId + "': it was "
                + "modified, truncated or copied from another row. Nothing was read from it; restore it from a "
                + "backup.");
    }
}
