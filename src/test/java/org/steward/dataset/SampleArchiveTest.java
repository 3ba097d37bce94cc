package org.steward.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What is kept of an upload: the CSV without dropped columns, compressed, and read back to the same sample. */
class SampleArchiveTest {

    @TempDir
    Path dir;

    private static ColumnMapping droppingIncome() {
        var m = SampleCsv.binaryMapping();
        return new ColumnMapping(m.task(), m.output(), m.outcome(), m.split(), m.sensitive(), List.of("age", "region"),
                m.classes(), m.positiveClass(), m.threshold(), List.of("income"));
    }

    @Test
    void dropped_columns_are_not_in_the_stored_file() throws IOException {
        var file = SampleCsv.write(dir, "s.csv", "\uFEFF" + SampleCsv.binary(8));

        var archived = SampleArchive.write(file, droppingIncome());

        String stored;
        try (var in = new GZIPInputStream(new java.io.ByteArrayInputStream(archived.gzip()))) {
            stored = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(stored).startsWith("age,region,sex,score,label,split\n20,north,F,0.0,yes,test\n")
                .doesNotContain("1000").doesNotContain("\uFEFF");
        assertThat(archived.schema()).containsExactly(
                new DatasetColumn("age", ColumnKind.NUMERIC, "feature"),
                new DatasetColumn("region", ColumnKind.CATEGORICAL, "feature"),
                new DatasetColumn("sex", ColumnKind.CATEGORICAL, "sensitive"),
                new DatasetColumn("score", ColumnKind.NUMERIC, "output"),
                new DatasetColumn("label", ColumnKind.CATEGORICAL, "outcome"),
                new DatasetColumn("split", ColumnKind.CATEGORICAL, "split"));
    }

    @Test
    void the_stored_file_reads_back_to_the_same_sample() throws IOException {
        var csv = SampleCsv.binary(8).replace("north", "\"north, coast\"");
        var file = SampleCsv.write(dir, "s.csv", csv);
        var original = SampleReader.read(file, droppingIncome());

        ScoredSample stored;
        try (var in = SampleArchive.open(SampleArchive.write(file, droppingIncome()).gzip())) {
            stored = SampleReader.read(in, droppingIncome());
        }

        assertThat(stored.output()).containsExactly(original.output());
        assertThat(stored.outcome()).containsExactly(original.outcome());
        assertThat(stored.split()).containsExactly(original.split());
        assertThat(stored.sensitive().get("sex")).containsExactly(original.sensitive().get("sex"));
        assertThat(stored.features().get(1).categorical()).containsExactly(original.features().get(1).categorical())
                .contains("north, coast");
    }

    @Test
    void the_hash_is_of_the_bytes_as_uploaded() {
        var file = SampleCsv.write(dir, "abc.csv", "abc");

        // SHA-256("abc") from FIPS 180-2, appendix B.1
        assertThat(SampleArchive.sha256(file))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void sizes_read_as_people_say_them() {
        assertThat(UploadTooLargeException.describe(512)).isEqualTo("512 bytes");
        assertThat(UploadTooLargeException.describe(200L * 1024 * 1024)).isEqualTo("200 MB");
        assertThat(UploadTooLargeException.describe((long) (250.3 * 1024 * 1024))).isEqualTo("250.3 MB");
        assertThat(UploadTooLargeException.describe(3 * 1024 + 100)).isEqualTo("3.1 KB");
    }
}
