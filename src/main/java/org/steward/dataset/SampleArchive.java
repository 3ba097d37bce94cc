package org.steward.dataset;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * What Steward keeps of an uploaded file: the CSV written again without the dropped columns, gzip-compressed,
 * with the schema of the columns kept; and the SHA-256 of the file as uploaded.
 */
final class SampleArchive {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get();

    /** The compressed CSV and the columns in it. */
    record Archived(byte[] gzip, List<DatasetColumn> schema) {
    }

    private SampleArchive() {
    }

    /** SHA-256 of the file's bytes, as 64 lower-case hexadecimal digits. */
    static String sha256(Path file) {
        try (var in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(in.getMessageDigest().digest());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the uploaded file", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /** Writes {@code file} (already validated against {@code mapping}) without the dropped columns. */
    static Archived write(Path file, ColumnMapping mapping) {
        var bytes = new ByteArrayOutputStream();
        var kept = new ArrayList<Integer>();
        var names = new ArrayList<String>();
        var numeric = new ArrayList<Boolean>();
        try (var printer = new CSVPrinter(new OutputStreamWriter(new GZIPOutputStream(bytes), StandardCharsets.UTF_8),
                FORMAT)) {
            CsvSource.read(file, new CsvSource.Rows() {
                @Override
                public void header(List<String> header) {
                    for (int i = 0; i < header.size(); i++) {
                        if (!mapping.dropped().contains(header.get(i))) {
                            kept.add(i);
                            names.add(header.get(i));
                            numeric.add(true);
                        }
                    }
                    print(printer, names.toArray(String[]::new));
                }

                @Override
                public void row(int row, long line, String[] cells) {
                    var out = new String[kept.size()];
                    for (int i = 0; i < out.length; i++) {
                        out[i] = cells[kept.get(i)];
                        if (numeric.get(i) && !Cells.isNumber(out[i])) {
                            numeric.set(i, false);
                        }
                    }
                    print(printer, out);
                }
            }, read -> {
            });
        } catch (IOException e) {
            throw new UncheckedIOException("Could not compress the sample", e);
        }
        var schema = new ArrayList<DatasetColumn>();
        for (int i = 0; i < names.size(); i++) {
            schema.add(new DatasetColumn(names.get(i), numeric.get(i) ? ColumnKind.NUMERIC : ColumnKind.CATEGORICAL,
                    role(mapping, names.get(i))));
        }
        return new Archived(bytes.toByteArray(), schema);
    }

    /** The stored CSV, uncompressed as it is read. */
    static InputStream open(byte[] gzip) throws IOException {
        return new GZIPInputStream(new ByteArrayInputStream(gzip));
    }

    private static void print(CSVPrinter printer, String[] values) {
        try {
            printer.printRecord(Arrays.asList(values));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not compress the sample", e);
        }
    }

    private static String role(ColumnMapping m, String name) {
        if (name.equals(m.output())) {
            return "output";
        }
        if (name.equals(m.outcome())) {
            return "outcome";
        }
        if (name.equals(m.split())) {
            return "split";
        }
        var sensitive = m.sensitive().contains(name);
        var feature = m.features().contains(name);
        if (sensitive && feature) {
            return "sensitive feature";
        }
        return sensitive ? "sensitive" : feature ? "feature" : "unmapped";
    }
}
