package org.steward.dataset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Scored samples for tests, built in code: small, deterministic and valid unless a test breaks them. */
public final class SampleCsv {

    public static final String BINARY_HEADER = "age,income,region,sex,score,label,split";

    private SampleCsv() {
    }

    /**
     * A valid binary sample: row {@code i} (from 0) is in the test split when {@code i % 4 == 0}, in holdout when
     * {@code i % 4 == 1} and in train otherwise; its label is yes when {@code i % 3 == 0}; its sex is F when
     * {@code i % 8 < 4}. So the test rows hold both labels and both sexes.
     */
    public static List<String> binaryLines(int rows) {
        var lines = new ArrayList<String>();
        lines.add(BINARY_HEADER);
        for (int i = 0; i < rows; i++) {
            lines.add((20 + i * 7 % 50) + "," + (1000 + i * 37 % 5000) + "," + List.of("north", "south", "east").get(i % 3)
                    + "," + (i % 8 < 4 ? "F" : "M") + "," + ((i * 13) % 100) / 100.0 + "," + (i % 3 == 0 ? "yes" : "no")
                    + "," + split(i));
        }
        return lines;
    }

    public static String binary(int rows) {
        return String.join("\n", binaryLines(rows)) + "\n";
    }

    public static ColumnMapping binaryMapping() {
        return new ColumnMapping(TaskType.BINARY, "score", "label", "split", List.of("sex"),
                List.of("age", "income", "region"), List.of("no", "yes"), "yes", 0.5, List.of());
    }

    public static ColumnMapping binaryMapping(Map<String, List<String>> groups) {
        var m = binaryMapping();
        return new ColumnMapping(m.task(), m.output(), m.outcome(), m.split(), m.sensitive(), m.features(),
                m.classes(), m.positiveClass(), m.threshold(), m.dropped(), groups);
    }

    static String split(int i) {
        return switch (i % 4) {
            case 0 -> "test";
            case 1 -> "holdout";
            default -> "train";
        };
    }

    public static Path write(Path dir, String name, String text) {
        return write(dir, name, text.getBytes(StandardCharsets.UTF_8));
    }

    public static Path write(Path dir, String name, byte[] bytes) {
        try {
            var file = dir.resolve(name);
            Files.write(file, bytes);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path lines(Path dir, String name, String... lines) {
        return write(dir, name, String.join("\n", lines) + "\n");
    }
}
