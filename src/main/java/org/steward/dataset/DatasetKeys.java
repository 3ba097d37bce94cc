package org.steward.dataset;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.crypto.SecretKey;

/**
 * The AES-256 keys that encrypt stored samples, by id, and the id of the active one (new samples, rotation target).
 * Built once at start-up by {@link DatasetKeyLoader}.
 */
final class DatasetKeys {

    static final int KEY_BYTES = 32;

    private final Map<String, SecretKey> keys;
    private final String activeId;

    DatasetKeys(Map<String, SecretKey> keys, String activeId) {
        if (!keys.containsKey(activeId)) {
            throw new IllegalStateException("The active dataset encryption key '" + activeId + "' is not among the "
                    + "configured keys " + keys.keySet() + ".");
        }
        for (var entry : keys.entrySet()) {
            var encoded = entry.getValue().getEncoded();
            if (!"AES".equalsIgnoreCase(entry.getValue().getAlgorithm()) || encoded == null
                    || encoded.length != KEY_BYTES) {
                throw new IllegalStateException("Dataset encryption key '" + entry.getKey() + "' is not a 256-bit AES "
                        + "key (32 bytes).");
            }
        }
        this.keys = Map.copyOf(keys);
        this.activeId = activeId;
    }

    String activeId() {
        return activeId;
    }

    SecretKey active() {
        return keys.get(activeId);
    }

    Set<String> ids() {
        return new TreeMap<>(keys).keySet();
    }

    /** The key with this id; fails with what to configure when it is gone (e.g. removed before rotation ended). */
    SecretKey key(String id) {
        var key = keys.get(id);
        if (key == null) {
            throw new IllegalStateException("Dataset encryption key '" + id + "' is not configured any more, but "
                    + "stored samples still use it. Configure it again until the key rotation has finished.");
        }
        return key;
    }
}
