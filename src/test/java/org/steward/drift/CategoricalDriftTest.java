package org.steward.drift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Categorical drift against the values of {@code src/test/python/drift_reference.py} (scipy). */
class CategoricalDriftTest {

    private static final double TOLERANCE = 1e-12;

    @Test
    void new_and_shifted_categories_match_scipy() {
        var drift = CategoricalDrift.compare(Map.of("a", 50L, "b", 30L, "c", 20L),
                Map.of("a", 30L, "b", 30L, "c", 25L, "d", 15L));
        assertThat(drift.psi()).isCloseTo(1.209574038343745, within(TOLERANCE));
        assertThat(drift.jensenShannon()).isCloseTo(0.25692679189677964, within(TOLERANCE));
        assertThat(drift.chiSquare()).isCloseTo(20.555555555555557, within(TOLERANCE));
        assertThat(drift.degreesOfFreedom()).isEqualTo(3);
        assertThat(drift.pValue()).isCloseTo(0.00013019314969202805, within(1e-15));
        assertThat(drift.unseen()).containsExactly("d");
        assertThat(drift.unseenShare()).isEqualTo(0.15);
        assertThat(drift.referenceCount()).isEqualTo(100);
        assertThat(drift.currentCount()).isEqualTo(100);
    }

    @Test
    void two_categories_get_no_continuity_correction() {
        var drift = CategoricalDrift.compare(Map.of("yes", 120L, "no", 80L), Map.of("yes", 90L, "no", 110L));
        assertThat(drift.psi()).isCloseTo(0.09092037053554733, within(TOLERANCE));
        assertThat(drift.jensenShannon()).isCloseTo(0.10640215619834743, within(TOLERANCE));
        assertThat(drift.chiSquare()).isCloseTo(9.022556390977442, within(TOLERANCE));
        assertThat(drift.pValue()).isCloseTo(0.0026666817936140982, within(1e-12));
        assertThat(drift.unseen()).isEmpty();
    }

    @Test
    void same_shares_at_another_size_show_no_drift() {
        var drift = CategoricalDrift.compare(Map.of("x", 10L, "y", 30L), Map.of("x", 20L, "y", 60L));
        assertThat(drift.psi()).isZero();
        assertThat(drift.jensenShannon()).isZero();
        assertThat(drift.chiSquare()).isCloseTo(0, within(TOLERANCE));
        assertThat(drift.pValue()).isCloseTo(1, within(TOLERANCE));
    }

    @Test
    void disjoint_categories_reach_the_largest_jensen_shannon_distance() {
        var drift = CategoricalDrift.compare(Map.of("a", 10L), Map.of("b", 10L));
        assertThat(drift.jensenShannon()).isCloseTo(Math.sqrt(Math.log(2)), within(TOLERANCE));
        assertThat(drift.unseenShare()).isEqualTo(1.0);
    }

    @Test
    void one_shared_category_has_no_test_to_run() {
        var drift = CategoricalDrift.compare(Map.of("a", 10L), Map.of("a", 3L));
        assertThat(drift.degreesOfFreedom()).isZero();
        assertThat(drift.pValue()).isEqualTo(1.0);
    }

    @Test
    void empty_or_negative_counts_are_refused() {
        assertThatThrownBy(() -> CategoricalDrift.compare(Map.of("a", 0L), Map.of("a", 3L)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one observation");
        assertThatThrownBy(() -> CategoricalDrift.compare(Map.of("a", -1L), Map.of("a", 3L)))
                .hasMessageContaining("negative count");
    }
}
