package org.steward.monitoring;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * The observation rows of batches, written and read with plain JDBC batches: thousands of rows per request are
 * inserted in one round trip per chunk instead of one entity each.
 */
@Component
class Observations {

    private static final int CHUNK = 500;

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    Observations(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
    }

    void insert(long batchId, long modelId, List<ObservationRow> rows) {
        jdbc.batchUpdate("insert into monitoring_observation (batch_id, model_id, request_id, features, output, "
                + "latency_ms, failed) values (?, ?, ?, ?, ?, ?, ?)", rows, CHUNK, (ps, row) -> {
                    ps.setLong(1, batchId);
                    ps.setLong(2, modelId);
                    ps.setString(3, row.requestId());
                    ps.setString(4, features(row.features()));
                    setDouble(ps, 5, row.output());
                    setDouble(ps, 6, row.latencyMs());
                    ps.setBoolean(7, row.failed());
                });
    }

    /** The rows of these batches, with their outcomes where joined. */
    List<ObservationRow> ofBatches(Collection<Long> batchIds) {
        if (batchIds.isEmpty()) {
            return List.of();
        }
        return named.query("select request_id, features, output, outcome, latency_ms, failed from "
                + "monitoring_observation where batch_id in (:ids) order by id", Map.of("ids", batchIds),
                (rs, i) -> new ObservationRow(rs.getString(1), cells(rs.getString(2)), getDouble(rs, 3),
                        getDouble(rs, 4), getDouble(rs, 5), rs.getBoolean(6)));
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

    private static String features(Map<String, Cell> cells) {
        var values = new LinkedHashMap<String, Object>();
        cells.forEach((name, cell) -> values.put(name, cell.isNumber() ? cell.number() : cell.text()));
        return Json.write(values);
    }

    private static Map<String, Cell> cells(String json) {
        var cells = new LinkedHashMap<String, Cell>();
        for (var entry : Json.MAPPER.readTree(json).properties()) {
            cells.put(entry.getKey(), cell(entry.getValue()));
        }
        return cells;
    }

    private static Cell cell(JsonNode value) {
        if (value.isNumber()) {
            return Cell.of(value.doubleValue());
        }
        return value.isNull() ? Cell.MISSING : Cell.of(value.asString());
    }

    private static void setDouble(java.sql.PreparedStatement ps, int index, @org.jspecify.annotations.Nullable Double v)
            throws java.sql.SQLException {
        if (v == null) {
            ps.setNull(index, Types.DOUBLE);
        } else {
            ps.setDouble(index, v);
        }
    }

    private static @org.jspecify.annotations.Nullable Double getDouble(java.sql.ResultSet rs, int index)
            throws java.sql.SQLException {
        double v = rs.getDouble(index);
        return rs.wasNull() ? null : v;
    }
}
