package org.steward.dataset;

import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.steward.base.ConflictException;

/**
 * Encrypts what is stored of a sample with the active key and decrypts it with the key its dataset names. Callers
 * hold the transaction.
 */
@Component
class StoredContent {

    private final DatasetKeys keys;
    private final DatasetContents contents;

    StoredContent(DatasetKeys keys, DatasetContents contents) {
        this.keys = keys;
        this.contents = contents;
    }

    record Sealed(String keyId, byte[] bytes) {
    }

    DatasetKeys keys() {
        return keys;
    }

    Sealed seal(long datasetId, byte[] gzip) {
        return new Sealed(keys.activeId(), ContentCipher.seal(keys.active(), keys.activeId(), datasetId, gzip));
    }

    /** The decrypted gzip of a dataset still stored; a clear refusal when its raw data was purged. */
    byte[] gzip(Dataset dataset) {
        var view = dataset.view();
        var purge = view.purge();
        if (purge != null) {
            throw new ConflictException("The raw data of '" + view.fileName() + "' was purged on "
                    + purge.at().truncatedTo(ChronoUnit.SECONDS) + " (" + purge.reason() + "); its results and its "
                    + "SHA-256 stay in the register, but nothing can be computed from it any more.");
        }
        var content = contents.findById(view.id()).orElseThrow(() -> new IllegalStateException(
                "Dataset " + view.id() + " has no stored content"));
        return gzip(view.id(), dataset.keyId(), content.content());
    }

    /** A dataset without a key id was stored before encryption at rest: its content is plain gzip. */
    byte[] gzip(long datasetId, @Nullable String keyId, byte[] stored) {
        return keyId == null ? stored : ContentCipher.open(keys.key(keyId), keyId, datasetId, stored);
    }
}
