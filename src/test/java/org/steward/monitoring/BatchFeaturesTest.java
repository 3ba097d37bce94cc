package org.steward.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The blob of a batch's feature values: every kind of cell reads back as the same cell, in row order. */
class BatchFeaturesTest {

    private static Map<String, Cell> row(Object... nameValue) {
        var cells = new LinkedHashMap<String, Cell>();
        for (int i = 0; i < nameValue.length; i += 2) {
            var value = nameValue[i + 1];
            cells.put((String) nameValue[i], value == null ? Cell.MISSING : value instanceof Double d ? Cell.of(d)
                    : Cell.of((String) value));
        }
        return cells;
    }

    @Test
    void numbers_texts_missing_values_and_absent_features_round_trip_exactly() {
        var rows = List.of(
                row("income", 51234.5, "region", "north", "age_band", null),
                row("income", 0.1 + 0.2, "region", "süd · ÄÖ \"quoted\"", "extra", "true"),
                row("income", -1e-300, "region", null),
                row("income", 1.0, "score", Double.MAX_VALUE),
                row("region", "only text"));

        var decoded = BatchFeatures.decode(BatchFeatures.encode(rows));

        assertThat(decoded).isEqualTo(rows);
        assertThat(decoded.get(1).get("income").number()).isEqualTo(0.30000000000000004);
        assertThat(decoded.get(0)).containsKey("age_band");
        assertThat(decoded.get(4)).containsOnlyKeys("region");
        // the keys keep their order, as the rows sent them
        assertThat(decoded.get(0).keySet()).containsExactly("income", "region", "age_band");
    }

    @Test
    void the_blob_is_gzip_and_names_no_value_in_plain_text() {
        var blob = BatchFeatures.encode(List.of(row("income", 51234.5, "region", "north")));

        assertThat(blob[0]).isEqualTo((byte) 0x1f);
        assertThat(blob[1]).isEqualTo((byte) 0x8b);
        assertThat(new String(blob, StandardCharsets.ISO_8859_1)).doesNotContain("north").doesNotContain("51234");
    }

    @Test
    void rows_stored_in_plain_text_before_read_back_like_the_blob() {
        var cells = row("income", 12.25, "region", "west", "missing", null);

        assertThat(BatchFeatures.fromJson(BatchFeatures.json(cells))).isEqualTo(cells);
        assertThat(BatchFeatures.json(cells)).isEqualTo("{\"income\":12.25,\"region\":\"west\",\"missing\":null}");
    }

    @Test
    void the_evaluator_judges_decoded_rows_exactly_as_the_rows_sent() {
        var random = new SplittableRandom(7);
        var reference = new ArrayList<ObservationRow>();
        var window = new ArrayList<ObservationRow>();
        for (int i = 0; i < 600; i++) {
            reference.add(observation(random, i, 0));
            window.add(observation(random, i, 0.4));
        }
        var baseline = BaselineBuilder.summarise(reference, 10_000);
        var decoded = BatchFeatures.decode(BatchFeatures.encode(window.stream().map(ObservationRow::features).toList()));
        var rebuilt = new ArrayList<ObservationRow>();
        for (int i = 0; i < window.size(); i++) {
            var r = window.get(i);
            rebuilt.add(new ObservationRow(r.requestId(), decoded.get(i), r.output(), r.outcome(), r.latencyMs(),
                    r.failed()));
        }
        var t0 = Instant.parse("2026-03-01T00:00:00Z");

        var sent = Evaluator.evaluate(baseline, new Window(window, 1, t0, t0), MonitoringPolicySpec.DEFAULTS, 0,
                null, "");
        var stored = Evaluator.evaluate(baseline, new Window(rebuilt, 1, t0, t0), MonitoringPolicySpec.DEFAULTS, 0,
                null, "");

        assertThat(stored).isEqualTo(sent);
        assertThat(sent.features()).anySatisfy(f -> assertThat(f.drifted()).isTrue());
    }

    private static ObservationRow observation(SplittableRandom random, int i, double shift) {
        var cells = new LinkedHashMap<String, Cell>();
        cells.put("income", Cell.of(Math.round((40_000 + 15_000 * (random.nextDouble() + shift)) * 100) / 100.0));
        cells.put("region", random.nextDouble() < 0.6 + shift / 2 ? Cell.of("north") : Cell.of("south"));
        cells.put("tenure", i % 17 == 0 ? Cell.MISSING : Cell.of(random.nextInt(60)));
        return new ObservationRow("r-" + i, cells, random.nextDouble(), null, 10.0 + i % 5, false);
    }
}
