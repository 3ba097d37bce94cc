package org.steward.dataset;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The cells of one column as read, in row order. Repeated values (classes, splits, groups) share one string,
 * so that a low-cardinality column costs little more than its references.
 */
final class ColumnValues {

    private static final int SHARED_DISTINCT_VALUES = 10_000;

    private final String name;
    private String[] values = new String[1024];
    private int size;
    private @Nullable Map<String, String> shared = new HashMap<>();

    ColumnValues(String name) {
        this.name = name;
    }

    void add(String value) {
        var cell = value;
        if (shared != null) {
            var known = shared.putIfAbsent(cell, cell);
            if (known != null) {
                cell = known;
            } else if (shared.size() > SHARED_DISTINCT_VALUES) {
                shared = null; // a high-cardinality column: sharing saves nothing
            }
        }
        if (size == values.length) {
            values = Arrays.copyOf(values, values.length * 2);
        }
        values[size++] = cell;
    }

    String name() {
        return name;
    }

    String get(int row) {
        return values[row];
    }

    int size() {
        return size;
    }
}
