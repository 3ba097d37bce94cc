package org.steward.dataset;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A first look at an uploaded file, before it is mapped: its columns, a preview and a suggested mapping.
 *
 * @param rows       data rows in the file
 * @param columns    every column in file order
 * @param preview    the first rows, cell by cell, in column order
 * @param suggestion a mapping guessed from the column names and values, to be checked by the developer
 * @param warnings   columns that look like direct identifiers of people, and other things worth a second look
 */
public record Inspection(String fileName, int rows, List<Column> columns, List<List<String>> preview,
                         Suggestion suggestion, List<String> warnings) {

    public static final int PREVIEW_ROWS = 10;
    public static final int MAX_DISTINCT_VALUES = 20;
    /** Distinct values are counted up to this many, which is enough to tell codes and names from categories. */
    public static final int DISTINCT_CAP = 10_000;

    public Inspection {
        columns = List.copyOf(columns);
        preview = preview.stream().map(List::copyOf).toList();
        warnings = List.copyOf(warnings);
    }

    /**
     * One column of the file.
     *
     * @param distinct       how many distinct values it has, up to {@value #DISTINCT_CAP} (meaning that many or more)
     * @param values         its distinct values when it has at most {@value #MAX_DISTINCT_VALUES}, otherwise empty
     * @param missing        blank or missing cells (blank, NaN, NA, null, Infinity)
     */
    public record Column(String name, ColumnKind kind, int distinct, List<String> values, int missing) {

        public Column {
            values = List.copyOf(values);
        }
    }

    /**
     * A mapping guessed from the file; any part may be missing when nothing fitted.
     *
     * @param dropped columns that look like direct identifiers
     */
    public record Suggestion(@Nullable TaskType task, @Nullable String output, @Nullable String outcome,
                             @Nullable String split, List<String> sensitive, List<String> features,
                             List<String> classes, @Nullable String positiveClass, double threshold,
                             List<String> dropped) {

        public Suggestion {
            sensitive = List.copyOf(sensitive);
            features = List.copyOf(features);
            classes = List.copyOf(classes);
            dropped = List.copyOf(dropped);
        }
    }

    public Column column(String name) {
        return columns.stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no column " + name));
    }
}
