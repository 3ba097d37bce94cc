package org.steward.dataset;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * AES-256-GCM of stored raw data with the JDK's provider: a random 96-bit nonce per encryption, a 128-bit tag, and
 * what the content is (e.g. {@code dataset:42}, {@code monitoring-batch:7}) and the key id as associated data, so
 * that content moved to another row, or relabelled with another key id, fails to decrypt like any modified byte.
 * Layout: format byte, nonce, ciphertext with tag. Pure.
 */
final class ContentCipher {

    private static final byte FORMAT = 1;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final SecureRandom RANDOM = new SecureRandom();

    private ContentCipher() {
    }

    static byte[] seal(SecretKey key, String keyId, long datasetId, byte[] plain) {
        return seal(key, keyId, dataset(datasetId), plain);
    }

    /** The plaintext; {@link TamperedContentException} when anything about the stored bytes was changed. */
    static byte[] open(SecretKey key, String keyId, long datasetId, byte[] sealed) {
        try {
            return open(key, keyId, dataset(datasetId), sealed);
        } catch (TamperedContentException e) {
            throw new TamperedContentException(datasetId, keyId);
        }
    }

    /** Seals content that {@code subject} names, such as {@code monitoring-batch:7}. */
    static byte[] seal(SecretKey key, String keyId, String subject, byte[] plain) {
        var nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            var cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associatedData(keyId, subject));
            var sealed = cipher.doFinal(plain);
            return ByteBuffer.allocate(1 + NONCE_BYTES + sealed.length).put(FORMAT).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-256-GCM is not available in this Java runtime", e);
        }
    }

    static byte[] open(SecretKey key, String keyId, String subject, byte[] sealed) {
        if (sealed.length < 1 + NONCE_BYTES + TAG_BITS / 8 || sealed[0] != FORMAT) {
            throw new TamperedContentException(subject, keyId);
        }
        try {
            var cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.DECRYPT_MODE, key,
                    new GCMParameterSpec(TAG_BITS, Arrays.copyOfRange(sealed, 1, 1 + NONCE_BYTES)));
            cipher.updateAAD(associatedData(keyId, subject));
            return cipher.doFinal(sealed, 1 + NONCE_BYTES, sealed.length - 1 - NONCE_BYTES);
        } catch (AEADBadTagException e) {
            throw new TamperedContentException(subject, keyId);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-256-GCM is not available in this Java runtime", e);
        }
    }

    private static String dataset(long datasetId) {
        return "dataset:" + datasetId;
    }

    // "steward-dataset:42:k2026" for samples, as before other content was sealed too
    private static byte[] associatedData(String keyId, String subject) {
        return ("steward-" + subject + ":" + keyId).getBytes(StandardCharsets.UTF_8);
    }
}
