package org.steward.drift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Exact counts in fixed bins, and PSI on them. */
class BinCountsTest {

    @Test
    void a_value_on_an_edge_belongs_to_the_bin_below_it_and_values_that_are_not_finite_are_not_counted() {
        var bins = new QuantileBins(new double[] {1, 2});

        var counts = BinCounts.of(bins, new double[] {0, 1, 1.5, 2, 2, 3, Double.NaN, Double.NEGATIVE_INFINITY});

        assertThat(counts.counts()).containsExactly(2, 3, 1);
        assertThat(counts.n()).isEqualTo(6);
        assertThat(counts.shares()).containsExactly(2.0 / 6, 3.0 / 6, 1.0 / 6);
    }

    @Test
    void the_deciles_of_a_sample_with_ties_count_it_as_the_bins_share_it() {
        // NumPy 2.4: np.percentile([1,1,1,1,2,2,3,4,5,6], range(10, 100, 10)) -> 1, 1, 1, 1.6, 2, 2.4, 3.3, 4.2, 5.1
        var deciles = BinCounts.deciles(StepCdf.ofSample(new double[] {1, 1, 1, 1, 2, 2, 3, 4, 5, 6}));

        assertThat(deciles.bins().edges()).containsExactly(new double[] {1, 1.6, 2, 2.4, 3.3, 4.2, 5.1}, within(1e-12));
        assertThat(deciles.counts()).containsExactly(4, 0, 2, 0, 1, 1, 1, 1);
    }

    @Test
    void psi_on_exact_counts_beside_two_sketches_is_the_exact_psi() {
        double[] reference = Samples.normal(11, 200_000, 0, 1);
        double[] current = Samples.normal(12, 200_000, 0.03, 1.02);
        var exactReference = StepCdf.ofSample(reference);
        var exact = NumericDrift.compare(exactReference, StepCdf.ofSample(current));
        var deciles = BinCounts.deciles(exactReference);

        var drift = NumericDrift.compare(StepCdf.ofSketch(Sketches.of(reference)),
                StepCdf.ofSketch(Sketches.of(current)), deciles, BinCounts.of(deciles.bins(), current));

        assertThat(drift.exact()).isFalse();
        assertThat(drift.psi()).isCloseTo(exact.psi(), within(1e-15));
        assertThat(drift.jensenShannon()).isCloseTo(exact.jensenShannon(), within(1e-15));
        assertThat(exact.psi()).isBetween(0.001, 0.01);
    }

    @Test
    void counts_in_other_bins_are_refused() {
        var reference = StepCdf.ofSample(new double[] {1, 2, 3, 4, 5});
        var a = BinCounts.of(new QuantileBins(new double[] {2}), new double[] {1, 3});
        var b = BinCounts.of(new QuantileBins(new double[] {3}), new double[] {1, 3});

        assertThatThrownBy(() -> NumericDrift.compare(reference, reference, a, b))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("same bins");
        assertThatThrownBy(() -> new BinCounts(new QuantileBins(new double[] {2}), new long[] {1}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BinCounts(new QuantileBins(new double[] {2}), new long[] {1, -1}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BinCounts.of(new QuantileBins(new double[] {2}), new double[] {Double.NaN})
                .shares()).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("empty");
    }
}
