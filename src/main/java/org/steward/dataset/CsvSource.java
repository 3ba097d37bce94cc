package org.steward.dataset;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.LongConsumer;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.steward.base.InvalidInputException;

/**
 * Streams the rows of a comma-separated UTF-8 file to a handler, after checking what every scored sample needs:
 * valid UTF-8 (a BOM is accepted and skipped), a header of distinct, non-blank names, at least one data row, and
 * every row as long as the header. Nothing is held in memory but the row being read.
 */
final class CsvSource {

    static final String FILE = "file";
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).get();
    private static final char BOM = '\uFEFF';
    private static final int BUFFER = 1 << 16;

    /** Receives the header once, then every data row in file order. */
    interface Rows {

        void header(List<String> names);

        /**
         * One data row.
         *
         * @param row   its number among the data rows, from 1
         * @param line  the line of the file where it starts, from 1 (the header is on line 1 or later)
         * @param cells its cells, as many as the header has names
         */
        void row(int row, long line, String[] cells);
    }

    private CsvSource() {
    }

    /** Reads an uploaded file; {@code bytesRead} hears how far the reading has come. Returns the number of rows. */
    static int read(Path file, Rows rows, LongConsumer bytesRead) {
        try (var in = new CountingInputStream(Files.newInputStream(file), bytesRead)) {
            return read(in, rows);
        } catch (CharacterCodingException e) {
            throw notUtf8(firstBadLine(file));
        } catch (CSVException e) {
            throw notCsv(e);
        } catch (UncheckedIOException e) {
            // the parser's iterator wraps what it cannot parse, e.g. a quote that is never closed
            throw e.getCause() instanceof CSVException csv ? notCsv(csv) : e;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the uploaded file", e);
        }
    }

    private static InvalidInputException notCsv(CSVException e) {
        return InvalidInputException.of(FILE, "The file is not valid CSV: " + e.getMessage()
                + ". Check for a quote that is opened and never closed.");
    }

    /** Reads a stream (e.g. a stored sample); returns the number of data rows. */
    static int read(InputStream in, Rows rows) throws IOException {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        var reader = new BufferedReader(new InputStreamReader(in, decoder), BUFFER);
        skipBom(reader);
        try (var parser = CSVParser.builder().setReader(reader).setFormat(FORMAT).get()) {
            return parse(parser, rows);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static int parse(CSVParser parser, Rows rows) {
        var records = parser.iterator();
        if (!records.hasNext()) {
            throw InvalidInputException.of(FILE, "The file is empty; upload a CSV file with a header row and one "
                    + "row per scored example.");
        }
        var header = header(records.next());
        rows.header(header);
        var ragged = new RowList();
        var row = 0;
        while (records.hasNext()) {
            var record = records.next();
            row++;
            var line = parser.getCurrentLineNumber() - lineBreaksIn(record);
            var cells = record.values();
            checkNoNul(cells, line);
            if (cells.length != header.size()) {
                ragged.add(row, line, cells.length + (cells.length == 1 ? " field" : " fields"));
            } else if (ragged.isEmpty()) {
                rows.row(row, line, cells);
            }
        }
        if (!ragged.isEmpty()) {
            throw InvalidInputException.of(FILE, "The header has " + header.size() + " columns, but "
                    + ragged.count() + (ragged.count() == 1 ? " row has" : " rows have") + " a different number of "
                    + "fields: " + ragged + ". Quote values that contain commas.");
        }
        if (row == 0) {
            throw InvalidInputException.of(FILE, "The file has a header but no data rows.");
        }
        return row;
    }

    private static List<String> header(CSVRecord record) {
        var names = new ArrayList<String>();
        record.forEach(name -> names.add(name.strip()));
        checkNoNul(record.values(), 1);
        var blank = new ArrayList<Integer>();
        var seen = new HashSet<String>();
        var duplicates = new LinkedHashSet<String>();
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i).isEmpty()) {
                blank.add(i + 1);
            } else if (!seen.add(names.get(i))) {
                duplicates.add(names.get(i));
            }
        }
        if (!duplicates.isEmpty()) {
            throw InvalidInputException.of(FILE, "The header names " + quoted(duplicates) + " more than once; "
                    + "give every column a distinct name.");
        }
        if (!blank.isEmpty()) {
            throw InvalidInputException.of(FILE, "Column" + (blank.size() == 1 ? " " : "s ")
                    + String.join(", ", blank.stream().map(String::valueOf).toList())
                    + " of the header " + (blank.size() == 1 ? "has" : "have") + " no name; name every column.");
        }
        if (names.size() == 1 && (names.getFirst().contains(";") || names.getFirst().contains("\t"))) {
            throw InvalidInputException.of(FILE, "The header has a single column '" + names.getFirst() + "'; the "
                    + "file seems to use ';' or tabs between values. Save it as comma-separated CSV.");
        }
        return List.copyOf(names);
    }

    private static String quoted(Iterable<String> names) {
        var parts = new ArrayList<String>();
        names.forEach(n -> parts.add("'" + n + "'"));
        return String.join(", ", parts);
    }

    /** Line breaks inside quoted values, so that a row's first line can be told from the parser's last one. */
    private static long lineBreaksIn(CSVRecord record) {
        long breaks = 0;
        for (var value : record) {
            for (int i = 0; i < value.length(); i++) {
                var c = value.charAt(i);
                if (c == '\n' || (c == '\r' && (i + 1 == value.length() || value.charAt(i + 1) != '\n'))) {
                    breaks++;
                }
            }
        }
        return breaks;
    }

    /** NUL characters are valid UTF-8 but never text: the file is most likely UTF-16. */
    private static void checkNoNul(String[] cells, long line) {
        for (var cell : cells) {
            if (cell.indexOf('\0') >= 0) {
                throw InvalidInputException.of(FILE, "The file is not UTF-8 text (NUL characters on line " + line
                        + "; it may be UTF-16); save it as UTF-8 CSV.");
            }
        }
    }

    private static void skipBom(BufferedReader reader) throws IOException {
        reader.mark(1);
        if (reader.read() != BOM) {
            reader.reset();
        }
    }

    private static InvalidInputException notUtf8(long line) {
        return InvalidInputException.of(FILE, "The file is not valid UTF-8 text (first bad byte near line " + line
                + "); save it as UTF-8 CSV.");
    }

    /** The line of the first byte that is not UTF-8, found by decoding the file again up to it. */
    static long firstBadLine(Path file) {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        var bytes = ByteBuffer.allocate(BUFFER);
        var chars = CharBuffer.allocate(BUFFER);
        long line = 1;
        try (var channel = FileChannel.open(file)) {
            var eof = false;
            while (true) {
                eof = eof || channel.read(bytes) < 0;
                bytes.flip();
                var result = decoder.decode(bytes, chars, eof);
                chars.flip();
                while (chars.hasRemaining()) {
                    if (chars.get() == '\n') {
                        line++;
                    }
                }
                chars.clear();
                if (result.isError() || (eof && !bytes.hasRemaining())) {
                    return line;
                }
                bytes.compact();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the uploaded file", e);
        }
    }

    /** Passes on how many bytes have been read, for progress bars. */
    private static final class CountingInputStream extends java.io.FilterInputStream {

        private final LongConsumer listener;
        private long count;

        CountingInputStream(InputStream in, LongConsumer listener) {
            super(in);
            this.listener = listener;
        }

        @Override
        public int read() throws IOException {
            var b = super.read();
            if (b >= 0) {
                listener.accept(++count);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            var n = super.read(buffer, offset, length);
            if (n > 0) {
                count += n;
                listener.accept(count);
            }
            return n;
        }
    }
}
