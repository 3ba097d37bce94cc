package org.steward.drift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DriftCriterionTest {

    @Test
    void small_references_are_judged_by_significance_tests() {
        assertThat(DriftCriterion.defaultFor(true, 1000, 900))
                .isEqualTo(new DriftCriterion(DriftTest.KS_P_VALUE, 0.05));
        assertThat(DriftCriterion.defaultFor(false, 500, 3))
                .isEqualTo(new DriftCriterion(DriftTest.CHI_SQUARE_P_VALUE, 0.05));
        assertThat(DriftCriterion.defaultFor(true, 500, 5).test()).isEqualTo(DriftTest.CHI_SQUARE_P_VALUE);
        assertThat(DriftCriterion.defaultFor(true, 500, 6).test()).isEqualTo(DriftTest.KS_P_VALUE);
    }

    @Test
    void large_references_are_judged_by_distances() {
        assertThat(DriftCriterion.defaultFor(true, 1001, 900))
                .isEqualTo(new DriftCriterion(DriftTest.WASSERSTEIN_NORMALISED, 0.1));
        assertThat(DriftCriterion.defaultFor(false, 50_000, 12))
                .isEqualTo(new DriftCriterion(DriftTest.JENSEN_SHANNON, 0.1));
    }

    @Test
    void p_values_drift_below_and_distances_at_or_above_the_threshold() {
        var ks = new DriftCriterion(DriftTest.KS_P_VALUE, 0.05);
        assertThat(ks.drifted(0.049)).isTrue();
        assertThat(ks.drifted(0.05)).isFalse();
        var psi = new DriftCriterion(DriftTest.PSI, 0.2);
        assertThat(psi.drifted(0.2)).isTrue();
        assertThat(psi.drifted(0.1999)).isFalse();
        assertThat(psi.drifted(Double.NaN)).isFalse();
    }

    @Test
    void thresholds_out_of_range_are_refused() {
        assertThatThrownBy(() -> new DriftCriterion(DriftTest.KS_P_VALUE, 1.5))
                .hasMessageContaining("between 0 and 1");
        assertThatThrownBy(() -> new DriftCriterion(DriftTest.PSI, -0.1)).hasMessageContaining("not negative");
        assertThatThrownBy(() -> new DriftCriterion(DriftTest.PSI, Double.NaN)).hasMessageContaining("finite");
    }

    @Test
    void tests_refuse_the_wrong_kind_of_feature() {
        var categorical = CategoricalDrift.compare(java.util.Map.of("a", 1L), java.util.Map.of("a", 1L));
        assertThatThrownBy(() -> DriftTest.KS_P_VALUE.valueOf(categorical))
                .hasMessageContaining("not defined for categorical");
    }
}
