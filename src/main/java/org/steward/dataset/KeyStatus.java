package org.steward.dataset;

import java.util.List;
import java.util.Map;

/**
 * The encryption of stored raw data: the active key, the configured ones, how many items each encrypts (over
 * every {@link EncryptedStore}, and per store) and how far the re-encryption with the active key has come.
 *
 * @param byKey   stored items per key id over all stores ("none" for items stored before encryption, not done yet)
 * @param pending stored items of every store not yet encrypted with the active key
 * @param purged  datasets whose raw data was purged (nothing left to encrypt)
 * @param stores  the same per store, stored samples first
 */
public record KeyStatus(String activeKey, List<String> keys, Map<String, Long> byKey, long pending, long purged,
                        Rotation rotation, List<Store> stores) {

    /** The current or last run of the re-encryption job. */
    public record Rotation(boolean running, long total, long done, long failed) {

        public static final Rotation IDLE = new Rotation(false, 0, 0, 0);

        public double fraction() {
            return total == 0 ? 1 : (double) (done + failed) / total;
        }
    }

    /** One store's items per key id and how many wait for the active key. */
    public record Store(String label, Map<String, Long> byKey, long pending) {

        public Store {
            byKey = Map.copyOf(byKey);
        }
    }

    public KeyStatus {
        keys = List.copyOf(keys);
        byKey = Map.copyOf(byKey);
        stores = List.copyOf(stores);
    }
}
