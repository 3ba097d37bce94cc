package org.steward.monitoring;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.steward.monitoring.SealedContents.Kind;

/**
 * The observation rows of batches, written and read with plain JDBC batches: thousands of rows per request are
 * inserted in one round trip per chunk instead of one entity each. The rows' feature values are not in the rows
 * but sealed as one blob per batch ({@link BatchFeatures}, {@link SealedContents}); a row keeps its position in it.
 * Batches stored before encryption at rest still hold their features in the rows, as JSON, until the key rotation
 * seals them.
 */
@Component
class Observations {

    private static final int CHUNK = 500;

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final SealedContents contents;

    Observations(JdbcTemplate jdbc, SealedContents contents) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
        this.contents = contents;
    }

    /** Seals the rows' features as the batch's blob and inserts the rows; records the key id on the batch. */
    void insert(Batch batch, List<ObservationRow> rows) {
        batch.encryptedWith(contents.insert(Kind.BATCH, batch.id(),
                BatchFeatures.encode(rows.stream().map(ObservationRow::features).toList())));
        var indexed = new ArrayList<Map.Entry<Integer, ObservationRow>>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            indexed.add(Map.entry(i, rows.get(i)));
        }
        jdbc.batchUpdate("insert into monitoring_observation (batch_id, model_id, row_index, request_id, output, "
                + "latency_ms, failed) values (?, ?, ?, ?, ?, ?, ?)", indexed, CHUNK, (ps, e) -> {
                    var row = e.getValue();
                    ps.setLong(1, batch.id());
                    ps.setLong(2, batch.modelId());
                    ps.setInt(3, e.getKey());
                    ps.setString(4, row.requestId());
                    setDouble(ps, 5, row.output());
                    setDouble(ps, 6, row.latencyMs());
                    ps.setBoolean(7, row.failed());
                });
    }

    /**
     * The rows of these batches with their features and their outcomes where joined, batch by batch in row order.
     * Purged batches have no features left and are not read: callers leave them out.
     */
    List<ObservationRow> ofBatches(Collection<Batch> batches) {
        if (batches.isEmpty()) {
            return List.of();
        }
        var ids = batches.stream().map(Batch::id).toList();
        var byBatch = new HashMap<Long, List<StoredRow>>();
        named.query("select batch_id, id, request_id, features, output, outcome, latency_ms, failed from "
                + "monitoring_observation where batch_id in (:ids) order by batch_id, row_index, id",
                Map.of("ids", ids), rs -> {
                    byBatch.computeIfAbsent(rs.getLong(1), b -> new ArrayList<>()).add(new StoredRow(rs.getLong(2),
                            rs.getString(3), rs.getString(4), getDouble(rs, 5), getDouble(rs, 6), getDouble(rs, 7),
                            rs.getBoolean(8)));
                });
        var sealed = contents.stored(Kind.BATCH, ids);
        var rows = new ArrayList<ObservationRow>();
        for (var batch : batches.stream().sorted(Comparator.comparingLong(Batch::id)).toList()) {
            rows.addAll(rows(batch, byBatch.getOrDefault(batch.id(), List.of()), sealed.get(batch.id())));
        }
        return rows;
    }

    private List<ObservationRow> rows(Batch batch, List<StoredRow> stored, byte @Nullable [] blob) {
        if (batch.purged()) {
            throw new IllegalStateException("The raw data of monitoring batch " + batch.id() + " was purged");
        }
        var keyId = batch.keyId();
        var features = keyId == null || blob == null ? null
                : BatchFeatures.decode(contents.open(Kind.BATCH, batch.id(), keyId, blob));
        if (features != null && features.size() != stored.size()) {
            throw new IllegalStateException("Monitoring batch " + batch.id() + " has " + stored.size()
                    + " rows but " + features.size() + " sealed feature rows");
        }
        var rows = new ArrayList<ObservationRow>(stored.size());
        for (int i = 0; i < stored.size(); i++) {
            var row = stored.get(i);
            var plain = row.plainFeatures();
            if (features == null && plain == null) {
                throw new IllegalStateException("Monitoring batch " + batch.id() + " has no features stored");
            }
            var cells = features != null ? features.get(i) : BatchFeatures.fromJson(plain);
            rows.add(new ObservationRow(row.requestId(), cells, row.output(), row.outcome(), row.latencyMs(),
                    row.failed()));
        }
        return rows;
    }

    /** A row as stored: without features, unless stored before encryption at rest ({@code plainFeatures}). */
    record StoredRow(long id, @Nullable String requestId, @Nullable String plainFeatures, @Nullable Double output,
                     @Nullable Double outcome, @Nullable Double latencyMs, boolean failed) {
    }

    List<StoredRow> rowsOf(long batchId) {
        return jdbc.query("select id, request_id, features, output, outcome, latency_ms, failed from "
                + "monitoring_observation where batch_id = ? order by row_index, id", (rs, i) -> new StoredRow(
                        rs.getLong(1), rs.getString(2), rs.getString(3), getDouble(rs, 4), getDouble(rs, 5),
                        getDouble(rs, 6), rs.getBoolean(7)), batchId);
    }

    /** Seals the features a batch stored before encryption at rest holds in its rows, and clears them there. */
    String sealPlain(Batch batch) {
        var stored = rowsOf(batch.id());
        var features = new ArrayList<Map<String, Cell>>(stored.size());
        for (var row : stored) {
            if (row.plainFeatures() == null) {
                throw new IllegalStateException("Monitoring batch " + batch.id() + " row " + row.id()
                        + " has no plain features to seal");
            }
            features.add(BatchFeatures.fromJson(row.plainFeatures()));
        }
        var keyId = contents.insert(Kind.BATCH, batch.id(), BatchFeatures.encode(features));
        var positions = new ArrayList<long[]>(stored.size());
        for (int i = 0; i < stored.size(); i++) {
            positions.add(new long[] {i, stored.get(i).id()});
        }
        jdbc.batchUpdate("update monitoring_observation set features = null, row_index = ? where id = ?", positions,
                CHUNK, (ps, p) -> {
                    ps.setInt(1, (int) p[0]);
                    ps.setLong(2, p[1]);
                });
        return keyId;
    }

    /** Seals the batch's blob again with the active key; returns its id. */
    String reseal(Batch batch, String keyId) {
        var blob = contents.open(Kind.BATCH, batch.id(), keyId).orElseThrow(() -> new IllegalStateException(
                "Monitoring batch " + batch.id() + " has no sealed features"));
        return contents.replace(Kind.BATCH, batch.id(), blob);
    }

    /** Deletes the batch's feature values (sealed or plain) and its rows' request ids; the rest stays. */
    void purge(long batchId) {
        contents.delete(Kind.BATCH, batchId);
        jdbc.update("update monitoring_observation set features = null, request_id = null where batch_id = ?",
                batchId);
    }

    /** Which of these request ids the model has observations of. */
    Set<String> knownRequestIds(long modelId, Collection<String> requestIds) {
        var known = new HashSet<String>();
        var ids = new ArrayList<>(requestIds);
        for (int from = 0; from < ids.size(); from += CHUNK) {
            var chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            known.addAll(named.queryForList("select distinct request_id from monitoring_observation where "
                    + "model_id = :model and request_id in (:ids)",
                    new MapSqlParameterSource("model", modelId).addValue("ids", chunk), String.class));
        }
        return known;
    }

    /** Sets the outcome of every observation of the model with each request id; returns the rows updated. */
    int joinOutcomes(long modelId, Map<String, Double> outcomes, Instant at) {
        var rows = new ArrayList<>(outcomes.entrySet());
        var counts = jdbc.batchUpdate("update monitoring_observation set outcome = ?, outcome_at = ? where "
                + "model_id = ? and request_id = ?", rows, CHUNK, (ps, e) -> {
                    ps.setDouble(1, e.getValue());
                    ps.setTimestamp(2, Timestamp.from(at));
                    ps.setLong(3, modelId);
                    ps.setString(4, e.getKey());
                });
        int updated = 0;
        for (var chunk : counts) {
            for (var n : chunk) {
                updated += Math.max(n, 0);
            }
        }
        return updated;
    }

    long count(long modelId) {
        var n = jdbc.queryForObject("select count(*) from monitoring_observation where model_id = ?", Long.class,
                modelId);
        return n == null ? 0 : n;
    }

    private static void setDouble(PreparedStatement ps, int index, @Nullable Double v) throws SQLException {
        if (v == null) {
            ps.setNull(index, Types.DOUBLE);
        } else {
            ps.setDouble(index, v);
        }
    }

    private static @Nullable Double getDouble(ResultSet rs, int index) throws SQLException {
        double v = rs.getDouble(index);
        return rs.wasNull() ? null : v;
    }
}
