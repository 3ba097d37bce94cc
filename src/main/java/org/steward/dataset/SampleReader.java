package org.steward.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;

/**
 * Reads a scored sample from CSV according to a column mapping, keeping only the mapped columns in memory, and
 * either returns it complete and valid or throws {@link org.steward.base.InvalidInputException} naming every
 * problem: the field, the column, the first rows (with their file lines) and the bad values. Pure: no Spring,
 * no database.
 */
final class SampleReader {

    private SampleReader() {
    }

    static ScoredSample read(Path file, ColumnMapping mapping) {
        return read(file, mapping, bytes -> {
        });
    }

    static ScoredSample read(Path file, ColumnMapping mapping, LongConsumer bytesRead) {
        var normalised = MappingCheck.normalise(mapping);
        var columns = new MappedColumns(normalised);
        CsvSource.read(file, columns, bytesRead);
        return new SampleBuilder(normalised, columns.values, columns.lines()).build();
    }

    /** Reads a stored sample with the mapping it was stored with; its dropped columns are no longer in it. */
    static ScoredSample read(InputStream in, ColumnMapping mapping) throws IOException {
        var m = MappingCheck.normalise(mapping);
        var normalised = new ColumnMapping(m.task(), m.output(), m.outcome(), m.split(), m.sensitive(), m.features(),
                m.classes(), m.positiveClass(), m.threshold(), List.of(), m.groups());
        var columns = new MappedColumns(normalised);
        CsvSource.read(in, columns);
        return new SampleBuilder(normalised, columns.values, columns.lines()).build();
    }

    /** Collects the cells of the mapped columns, after checking the mapping against the header. */
    private static final class MappedColumns implements CsvSource.Rows {

        private final ColumnMapping mapping;
        private final Map<String, ColumnValues> values = new LinkedHashMap<>();
        private int[] indexes = new int[0];
        private long[] lines = new long[1024];
        private int rows;

        MappedColumns(ColumnMapping mapping) {
            this.mapping = mapping;
        }

        @Override
        public void header(List<String> names) {
            var problems = new Problems();
            MappingCheck.check(mapping, names, problems);
            problems.throwIfAny();
            var mapped = new LinkedHashSet<String>();
            mapped.add(mapping.output());
            mapped.add(mapping.outcome());
            mapped.add(mapping.split());
            mapped.addAll(mapping.sensitive());
            mapped.addAll(mapping.features());
            indexes = mapped.stream().mapToInt(names::indexOf).toArray();
            mapped.forEach(name -> values.put(name, new ColumnValues(name)));
        }

        @Override
        public void row(int row, long line, String[] cells) {
            var i = 0;
            for (var column : values.values()) {
                column.add(cells[indexes[i++]]);
            }
            if (rows == lines.length) {
                lines = Arrays.copyOf(lines, lines.length * 2);
            }
            lines[rows++] = line;
        }

        long[] lines() {
            return Arrays.copyOf(lines, rows);
        }
    }
}
