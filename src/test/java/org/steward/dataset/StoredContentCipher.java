package org.steward.dataset;

import javax.crypto.SecretKey;

/** The package's AES-256-GCM of stored raw data, for the benchmarks in {@code bench}. Test code only. */
public final class StoredContentCipher {

    private StoredContentCipher() {
    }

    public static byte[] seal(SecretKey key, String keyId, long datasetId, byte[] plain) {
        return ContentCipher.seal(key, keyId, datasetId, plain);
    }

    public static byte[] open(SecretKey key, String keyId, long datasetId, byte[] sealed) {
        return ContentCipher.open(key, keyId, datasetId, sealed);
    }

    /** As {@link org.steward.dataset.RawDataCipher} seals other modules' content, e.g. "monitoring-batch:7". */
    public static byte[] seal(SecretKey key, String keyId, String subject, byte[] plain) {
        return ContentCipher.seal(key, keyId, subject, plain);
    }

    public static byte[] open(SecretKey key, String keyId, String subject, byte[] sealed) {
        return ContentCipher.open(key, keyId, subject, sealed);
    }
}
