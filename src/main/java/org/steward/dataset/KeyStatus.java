package org.steward.dataset;

import java.util.List;
import java.util.Map;

/**
 * The encryption of stored samples: the active key, the configured ones, how many samples each encrypts and how far
 * the re-encryption with the active key has come.
 *
 * @param byKey   stored samples per key id ("none" for samples stored before encryption at rest, not done yet)
 * @param pending stored samples not yet encrypted with the active key
 * @param purged  datasets whose raw data was purged (nothing left to encrypt)
 */
public record KeyStatus(String activeKey, List<String> keys, Map<String, Long> byKey, long pending, long purged,
                        Rotation rotation) {

    /** The current or last run of the re-encryption job. */
    public record Rotation(boolean running, long total, long done, long failed) {

        public static final Rotation IDLE = new Rotation(false, 0, 0, 0);

        public double fraction() {
            return total == 0 ? 1 : (double) (done + failed) / total;
        }
    }

    public KeyStatus {
        keys = List.copyOf(keys);
        byKey = Map.copyOf(byKey);
    }
}
