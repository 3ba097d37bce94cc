package org.steward.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A numeric feature's summary keeps its exact decile counts, through erasure and storage. */
class FeatureSummaryTest {

    private static List<Cell> cells(int n) {
        var cells = new ArrayList<Cell>();
        for (int i = 1; i <= n; i++) {
            cells.add(Cell.of(i));
        }
        return cells;
    }

    @Test
    void the_deciles_of_the_reference_and_its_counts_in_them_are_kept_and_survive_erasure_and_json() {
        var summary = FeatureSummary.of("x", cells(1000), 10);

        var bins = summary.binCounts();
        assertThat(bins).isNotNull();
        // NumPy: np.percentile(np.arange(1, 1001), [10, 20, ..., 90]) -> 100.9, 200.8, ..., 900.1
        assertThat(bins.bins().edges()).containsExactly(new double[] {100.9, 200.8, 300.7, 400.6, 500.5, 600.4, 700.3,
            800.2, 900.1}, within(1e-9));
        assertThat(bins.counts()).containsExactly(100, 100, 100, 100, 100, 100, 100, 100, 100, 100);
        assertThat(summary.withoutExact().binCounts()).isEqualTo(bins);
        assertThat(Json.read(Json.write(summary), FeatureSummary.class).binCounts()).isEqualTo(bins);
    }

    @Test
    void a_summary_stored_before_decile_counts_were_kept_reads_without_them() {
        var json = Json.write(FeatureSummary.of("x", cells(1000), 10))
                .replaceAll(",\"decile(Edges|Counts)\":\\[[^\\]]*\\]", "");

        var old = Json.read(json, FeatureSummary.class);

        assertThat(json).doesNotContain("decile");
        assertThat(old.binCounts()).isNull();
        assertThat(old.distribution().n()).isEqualTo(1000);
        assertThat(FeatureSummary.of("colour", List.of(Cell.of("a")), 10).binCounts()).isNull();
    }
}
