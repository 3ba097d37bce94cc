package org.steward.dataset;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Raw data another module keeps encrypted with {@link RawDataCipher}: the key rotation job re-encrypts it with the
 * active key (and encrypts what was stored in plain text before), one item per transaction, and the Data
 * protection page counts it per key. Implemented as a bean by the module that owns the data; the stored samples
 * are one such store themselves.
 */
public interface EncryptedStore {

    /** What the items are, plural, for the page and the ledger, e.g. "monitoring batches". */
    String label();

    /** Stored items per key id; {@value #PLAIN} for items stored before they were encrypted. Purged ones not. */
    Map<String, Long> countByKey();

    /** Stored items not encrypted with {@code keyId} (including plain ones). */
    long countNotEncryptedWith(String keyId);

    /** Ids of up to {@code limit} items not encrypted with {@code keyId}, above {@code after}, lowest first. */
    List<Long> notEncryptedWith(String keyId, long after, int limit);

    /** Re-encrypts one item with the active key, in the caller's transaction; fails if it does not decrypt. */
    void reencrypt(long id);

    /** The key id under which items stored in plain text are counted. */
    String PLAIN = "none";

    /** Rows of (key id or null, count), as a {@code group by} of the key id gives them, as {@link #countByKey()}. */
    static Map<String, Long> byKey(List<Object[]> rows) {
        var byKey = new LinkedHashMap<String, Long>();
        for (var row : rows) {
            byKey.merge(row[0] == null ? PLAIN : (String) row[0], (Long) row[1], Long::sum);
        }
        return byKey;
    }
}
