package org.steward.dataset;

/** The stored content of a dataset does not decrypt: it was modified, truncated, or belongs to another dataset. */
public class TamperedContentException extends RuntimeException {

    TamperedContentException(long datasetId, String keyId) {
        super("The stored content of dataset " + datasetId + " failed its integrity check with key '" + keyId
                + "': it was modified, truncated or copied from another dataset. Nothing was read from it; restore "
                + "it from a backup (its SHA-256 in the register tells the right file).");
    }
}
