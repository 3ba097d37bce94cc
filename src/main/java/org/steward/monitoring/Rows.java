package org.steward.monitoring;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.steward.base.InvalidInputException;
import tools.jackson.databind.JsonNode;

/**
 * Reads the rows of a baseline, a batch or an outcome list from JSON. Any malformed row rejects the whole body
 * with row-level reasons (at most {@value #MAX_REASONS} are listed); a value of the wrong type for a feature is
 * not malformed but a data-quality finding, judged at evaluation.
 */
final class Rows {

    static final int MAX_REASONS = 50;
    static final int MAX_FEATURES = 500;
    static final int MAX_NAME = 100;
    static final int MAX_TEXT = 500;
    static final int MAX_REQUEST_ID = 128;

    private final Map<String, String> errors = new LinkedHashMap<>();
    private int more;

    private Rows() {
    }

    /** The body's observation rows; {@code baseline} rows need an output and may carry an outcome. */
    static List<ObservationRow> observations(JsonNode body, int maxRows, boolean baseline) {
        var reader = new Rows();
        var rows = reader.array(body, "rows", maxRows);
        var result = new ArrayList<ObservationRow>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            var row = reader.row(rows.get(i), "rows[" + i + "]", baseline);
            if (row != null) {
                result.add(row);
            }
        }
        reader.throwIfAny();
        return result;
    }

    /** The request id → outcome pairs of an outcome list, in order. */
    static Map<String, Double> outcomes(JsonNode body, int maxRows) {
        var reader = new Rows();
        var rows = reader.array(body, "outcomes", maxRows);
        var result = new LinkedHashMap<String, Double>();
        for (int i = 0; i < rows.size(); i++) {
            var at = "outcomes[" + i + "]";
            var row = rows.get(i);
            if (!row.isObject()) {
                reader.error(at, "must be an object {requestId, outcome}");
                continue;
            }
            var id = reader.requestId(row.get("requestId"), at + ".requestId", true);
            var outcome = reader.number(row.get("outcome"), at + ".outcome", true);
            if (id != null && outcome != null && result.putIfAbsent(id, outcome) != null) {
                reader.error(at + ".requestId", "'" + id + "' appears twice in this list");
            }
        }
        reader.throwIfAny();
        return result;
    }

    /** The batch's optional {@code observedAt}, or {@code otherwise}. */
    static Instant observedAt(JsonNode body, Instant otherwise) {
        var node = body.get("observedAt");
        if (node == null || node.isNull()) {
            return otherwise;
        }
        try {
            return Instant.parse(node.asString());
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of("observedAt", "'" + node.asString()
                    + "' is not a timestamp (ISO 8601, e.g. 2026-01-31T12:00:00Z)");
        }
    }

    private List<JsonNode> array(JsonNode body, String field, int maxRows) {
        if (!body.isObject()) {
            throw InvalidInputException.of("body", "must be a JSON object with a '" + field + "' list");
        }
        var node = body.get(field);
        if (node == null || !node.isArray()) {
            throw InvalidInputException.of(field, "must be a list");
        }
        if (node.isEmpty()) {
            throw InvalidInputException.of(field, "must contain at least one row");
        }
        if (node.size() > maxRows) {
            throw new BatchTooLargeException("The '" + field + "' list has " + node.size() + " rows; at most "
                    + maxRows + " are accepted per request (steward.monitoring.max-batch-rows): split it.");
        }
        return List.copyOf(node.values());
    }

    private @Nullable ObservationRow row(JsonNode row, String at, boolean baseline) {
        if (!row.isObject()) {
            error(at, "must be an object with 'features'");
            return null;
        }
        int before = errors.size() + more;
        var features = features(row.get("features"), at + ".features");
        var failed = bool(row.get("error"), at + ".error");
        var output = number(row.get("output"), at + ".output", baseline || !failed);
        Double outcome = null;
        Double latency = null;
        String requestId = null;
        if (baseline) {
            outcome = number(row.get("outcome"), at + ".outcome", false);
        } else {
            latency = number(row.get("latencyMs"), at + ".latencyMs", false);
            if (latency != null && latency < 0) {
                error(at + ".latencyMs", "must not be negative");
            }
            requestId = requestId(row.get("requestId"), at + ".requestId", false);
        }
        if (errors.size() + more > before || features == null) {
            return null;
        }
        return new ObservationRow(requestId, features, output, outcome, latency, failed);
    }

    private @Nullable Map<String, Cell> features(@Nullable JsonNode node, String at) {
        if (node == null || !node.isObject()) {
            error(at, "must be an object of feature name → value");
            return null;
        }
        if (node.isEmpty()) {
            error(at, "must name at least one feature");
            return null;
        }
        if (node.size() > MAX_FEATURES) {
            error(at, "has " + node.size() + " features; at most " + MAX_FEATURES);
            return null;
        }
        var cells = new LinkedHashMap<String, Cell>();
        for (var entry : node.properties()) {
            var name = entry.getKey();
            var value = entry.getValue();
            var where = at + "." + name;
            if (name.isBlank() || name.length() > MAX_NAME) {
                error(where, "a feature name needs 1 to " + MAX_NAME + " characters");
            } else if (value.isNull()) {
                cells.put(name, Cell.MISSING);
            } else if (value.isNumber() && !Double.isFinite(value.doubleValue())) {
                error(where, "must be a finite number (this one does not fit a double)");
            } else if (value.isNumber()) {
                cells.put(name, Cell.of(value.doubleValue()));
            } else if (value.isString()) {
                var text = value.asString();
                if (text.length() > MAX_TEXT) {
                    error(where, "a text value has at most " + MAX_TEXT + " characters");
                } else {
                    cells.put(name, text.isBlank() ? Cell.MISSING : Cell.of(text));
                }
            } else if (value.isBoolean()) {
                cells.put(name, Cell.of(Boolean.toString(value.booleanValue())));
            } else {
                error(where, "must be a number, a text, true/false or null, not a list or an object");
            }
        }
        return cells;
    }

    private @Nullable Double number(@Nullable JsonNode node, String at, boolean required) {
        if (node == null || node.isNull()) {
            if (required) {
                error(at, "is required (a number)");
            }
            return null;
        }
        if (!node.isNumber() || !Double.isFinite(node.doubleValue())) {
            error(at, "must be a finite number");
            return null;
        }
        return node.doubleValue();
    }

    private boolean bool(@Nullable JsonNode node, String at) {
        if (node == null || node.isNull()) {
            return false;
        }
        if (!node.isBoolean()) {
            error(at, "must be true or false");
            return false;
        }
        return node.booleanValue();
    }

    private @Nullable String requestId(@Nullable JsonNode node, String at, boolean required) {
        if (node == null || node.isNull()) {
            if (required) {
                error(at, "is required");
            }
            return null;
        }
        if (!node.isString() || node.asString().isBlank() || node.asString().length() > MAX_REQUEST_ID) {
            error(at, "must be a text of 1 to " + MAX_REQUEST_ID + " characters");
            return null;
        }
        return node.asString();
    }

    private void error(String at, String message) {
        if (errors.size() < MAX_REASONS) {
            errors.putIfAbsent(at, message);
        } else {
            more++;
        }
    }

    private void throwIfAny() {
        if (more > 0) {
            errors.put("more", more + " further problems not listed");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
