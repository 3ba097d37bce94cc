package org.steward.dataset;

import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * AES-256-GCM with the configured dataset keys for raw data other modules store (e.g. monitoring batches), so that
 * every copy of personal data is encrypted under the same keys, rotated by the same job ({@link EncryptedStore})
 * and shown on the same Data protection page. The subject (e.g. {@code monitoring-batch:7}) is bound to the
 * ciphertext: content copied to another row fails to open. Pure apart from the keys; no transaction needed.
 */
@Component
public class RawDataCipher {

    private static final String RESERVED = "dataset:";

    private final DatasetKeys keys;

    RawDataCipher(DatasetKeys keys) {
        this.keys = keys;
    }

    /** Content sealed with a key, and that key's id (to store next to it). */
    public record Sealed(String keyId, byte[] bytes) {
    }

    /** The id of the key new content is sealed with. */
    public String activeKeyId() {
        return keys.activeId();
    }

    public Set<String> keyIds() {
        return keys.ids();
    }

    /** Seals with the active key. */
    public Sealed seal(String subject, byte[] plain) {
        check(subject);
        return new Sealed(keys.activeId(), ContentCipher.seal(keys.active(), keys.activeId(), subject, plain));
    }

    /**
     * Opens content sealed for {@code subject} with key {@code keyId}; {@link TamperedContentException} when the
     * bytes were changed or belong to another subject, {@link IllegalStateException} when the key is not configured.
     */
    public byte[] open(String subject, String keyId, byte[] sealed) {
        check(subject);
        return ContentCipher.open(keys.key(keyId), keyId, subject, sealed);
    }

    private static void check(String subject) {
        if (subject.isBlank() || subject.startsWith(RESERVED)) {
            throw new IllegalArgumentException("'" + subject + "' cannot name sealed content: the subject must be "
                    + "non-blank and not start with '" + RESERVED + "' (the stored samples' own)");
        }
    }
}
