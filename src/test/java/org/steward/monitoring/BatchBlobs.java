package org.steward.monitoring;

import java.util.List;
import java.util.Map;

/** The package's batch feature blobs for the benchmark in {@code bench}: rows in, gzip out and back. Test code only. */
public final class BatchBlobs {

    private BatchBlobs() {
    }

    /** Rows of feature name → number (a Double) or text (a String) or null. */
    public static byte[] encode(List<Map<String, Object>> rows) {
        return BatchFeatures.encode(rows.stream().map(BatchBlobs::cells).toList());
    }

    public static int decode(byte[] gzip) {
        return BatchFeatures.decode(gzip).size();
    }

    /** One row as the rows stored before encryption at rest held it: its features as a JSON text. */
    public static String plainJson(Map<String, Object> row) {
        return BatchFeatures.json(cells(row));
    }

    private static Map<String, Cell> cells(Map<String, Object> row) {
        var cells = new java.util.LinkedHashMap<String, Cell>();
        row.forEach((name, value) -> cells.put(name, value == null ? Cell.MISSING
                : value instanceof Double d ? Cell.of(d) : Cell.of((String) value)));
        return cells;
    }
}
