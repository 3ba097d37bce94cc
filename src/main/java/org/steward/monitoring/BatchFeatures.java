package org.steward.monitoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The feature values of a batch's rows as one blob, before encryption: gzip of a JSON list with one object of
 * feature name → value (number, text or null) per row, in row order. Each object is what a row held in plain text
 * before encryption at rest, so a value reads back as exactly the same {@link Cell}. Pure.
 */
final class BatchFeatures {

    private BatchFeatures() {
    }

    static byte[] encode(List<Map<String, Cell>> rows) {
        var values = new ArrayList<Map<String, Object>>(rows.size());
        for (var row : rows) {
            values.add(values(row));
        }
        return Gzip.compress(Json.MAPPER.writeValueAsBytes(values));
    }

    /** The rows' features, in row order. */
    static List<Map<String, Cell>> decode(byte[] gzip) {
        var list = Json.MAPPER.readTree(Gzip.decompress(gzip));
        var rows = new ArrayList<Map<String, Cell>>(list.size());
        for (var row : list) {
            rows.add(cells(row));
        }
        return rows;
    }

    /** One row's features as the JSON rows stored before encryption at rest hold. */
    static String json(Map<String, Cell> cells) {
        return Json.write(values(cells));
    }

    static Map<String, Cell> fromJson(String json) {
        return cells(Json.MAPPER.readTree(json));
    }

    private static Map<String, Object> values(Map<String, Cell> cells) {
        var values = new LinkedHashMap<String, Object>();
        cells.forEach((name, cell) -> values.put(name, cell.isNumber() ? cell.number() : cell.text()));
        return values;
    }

    private static Map<String, Cell> cells(JsonNode row) {
        var cells = new LinkedHashMap<String, Cell>();
        for (var entry : row.properties()) {
            var value = entry.getValue();
            cells.put(entry.getKey(), value.isNumber() ? Cell.of(value.doubleValue())
                    : value.isNull() ? Cell.MISSING : Cell.of(value.asString()));
        }
        return cells;
    }
}
