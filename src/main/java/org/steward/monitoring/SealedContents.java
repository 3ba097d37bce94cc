package org.steward.monitoring;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.steward.dataset.RawDataCipher;

/**
 * The sealed content rows of batches (their features) and baselines (their summaries), written and read with plain
 * JDBC in the caller's transaction, and sealed and opened with the dataset keys: the subject bound to each
 * ciphertext is the kind and the row's id, so content copied to another row fails to open.
 */
@Component
class SealedContents {

    /** Which content: its table, id column and the subject prefix bound to the ciphertext. */
    enum Kind {
        BATCH("monitoring_batch_content", "batch_id", "monitoring-batch:"),
        BASELINE("monitoring_baseline_content", "baseline_id", "monitoring-baseline:");

        private final String table;
        private final String idColumn;
        private final String subject;

        Kind(String table, String idColumn, String subject) {
            this.table = table;
            this.idColumn = idColumn;
            this.subject = subject;
        }

        String subject(long id) {
            return subject + id;
        }
    }

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final RawDataCipher cipher;

    SealedContents(JdbcTemplate jdbc, RawDataCipher cipher) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
        this.cipher = cipher;
    }

    String activeKeyId() {
        return cipher.activeKeyId();
    }

    /** Seals {@code plain} with the active key and stores it; returns the key id to record on the row. */
    String insert(Kind kind, long id, byte[] plain) {
        var sealed = cipher.seal(kind.subject(id), plain);
        jdbc.update("insert into " + kind.table + " (" + kind.idColumn + ", content) values (?, ?)", id,
                sealed.bytes());
        return sealed.keyId();
    }

    /** Opens the stored content with {@code keyId}; empty when there is none. */
    Optional<byte[]> open(Kind kind, long id, String keyId) {
        return stored(kind, id).map(bytes -> cipher.open(kind.subject(id), keyId, bytes));
    }

    /** Opens what the bytes read (e.g. by {@link #stored(Kind, Collection)}) hold. */
    byte[] open(Kind kind, long id, String keyId, byte[] sealed) {
        return cipher.open(kind.subject(id), keyId, sealed);
    }

    /** Seals {@code plain} again with the active key in place of the stored content; returns the new key id. */
    String replace(Kind kind, long id, byte[] plain) {
        var sealed = cipher.seal(kind.subject(id), plain);
        var updated = jdbc.update("update " + kind.table + " set content = ? where " + kind.idColumn + " = ?",
                sealed.bytes(), id);
        if (updated != 1) {
            throw new IllegalStateException(kind.subject(id) + " has no stored content to replace");
        }
        return sealed.keyId();
    }

    Optional<byte[]> stored(Kind kind, long id) {
        return jdbc.query("select content from " + kind.table + " where " + kind.idColumn + " = ?",
                (rs, i) -> rs.getBytes(1), id).stream().findFirst();
    }

    /** The stored (sealed) bytes of these rows, by id; rows without content are absent. */
    Map<Long, byte[]> stored(Kind kind, Collection<Long> ids) {
        var found = new HashMap<Long, byte[]>();
        if (!ids.isEmpty()) {
            named.query("select " + kind.idColumn + ", content from " + kind.table + " where " + kind.idColumn
                    + " in (:ids)", Map.of("ids", ids), rs -> {
                        found.put(rs.getLong(1), rs.getBytes(2));
                    });
        }
        return found;
    }

    void delete(Kind kind, long id) {
        jdbc.update("delete from " + kind.table + " where " + kind.idColumn + " = ?", id);
    }
}
