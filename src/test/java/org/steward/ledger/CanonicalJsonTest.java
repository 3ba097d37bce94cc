package org.steward.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.steward.register.RegisterEvent;

class CanonicalJsonTest {

    private static final Instant AT = Instant.parse("2026-03-01T09:00:00.123456789Z");

    enum Colour { RED }

    record Unordered(String zeta, long alpha, List<String> mid, Instant at, Colour colour, LocalDate day,
                     Map<String, Integer> counts, String nothing) {
    }

    @Test
    void keys_are_sorted_without_whitespace_and_times_are_iso_strings() {
        var counts = new LinkedHashMap<String, Integer>();
        counts.put("z", 1);
        counts.put("a", 2);

        var json = CanonicalJson.write(new Unordered("last", 7, List.of("b", "a"), AT, Colour.RED,
                LocalDate.of(2026, 3, 1), counts, "x y"));

        assertThat(json).isEqualTo("{\"alpha\":7,\"at\":\"2026-03-01T09:00:00.123456789Z\",\"colour\":\"RED\","
                + "\"counts\":{\"a\":2,\"z\":1},\"day\":\"2026-03-01\",\"mid\":[\"b\",\"a\"],\"nothing\":\"x y\","
                + "\"zeta\":\"last\"}");
    }

    @Test
    void key_order_does_not_depend_on_insertion_order() {
        var forwards = new LinkedHashMap<String, Object>();
        forwards.put("a", 1);
        forwards.put("b", Map.of("y", 1, "x", 2));
        forwards.put("c", "three");
        var backwards = new LinkedHashMap<String, Object>();
        backwards.put("c", "three");
        backwards.put("b", Map.of("x", 2, "y", 1));
        backwards.put("a", 1);

        assertThat(CanonicalJson.write(forwards)).isEqualTo(CanonicalJson.write(backwards))
                .isEqualTo("{\"a\":1,\"b\":{\"x\":2,\"y\":1},\"c\":\"three\"}");
    }

    @Test
    void an_event_record_gives_all_its_components() {
        var event = new RegisterEvent.ModelChanged(12, "Credit \"scoring\"", List.of("name", "tags"), "dev", AT);

        assertThat(CanonicalJson.of(event)).isEqualTo("{\"actor\":\"dev\",\"at\":\"2026-03-01T09:00:00.123456789Z\","
                + "\"fields\":[\"name\",\"tags\"],\"modelId\":12,\"name\":\"Credit \\\"scoring\\\"\"}");
    }

    @Test
    void the_same_event_always_gives_the_same_text() {
        var a = new RegisterEvent.ModelRegistered(3, "Churn", "dev", AT);
        var b = new RegisterEvent.ModelRegistered(3, "Churn", "dev", Instant.parse(AT.toString()));

        assertThat(CanonicalJson.of(a)).isEqualTo(CanonicalJson.of(b));
    }
}
