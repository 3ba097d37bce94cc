package org.steward.drift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.steward.drift.Samples.gridA;
import static org.steward.drift.Samples.gridB;

import org.junit.jupiter.api.Test;

/** Numeric drift against the values of {@code src/test/python/drift_reference.py} (numpy/scipy). */
class NumericDriftTest {

    private static final double TOLERANCE = 1e-12;
    private static final double P_TOLERANCE = 1e-9;

    private static NumericDrift compare(double[] reference, double[] current) {
        return NumericDrift.compare(StepCdf.ofSample(reference), StepCdf.ofSample(current));
    }

    private static void assertDrift(NumericDrift drift, double psi, double js, double ks, double p,
            KolmogorovSmirnov.PValue method, double w, double wNorm) {
        assertThat(drift.psi()).as("PSI").isCloseTo(psi, within(TOLERANCE));
        assertThat(drift.jensenShannon()).as("Jensen-Shannon").isCloseTo(js, within(TOLERANCE));
        assertThat(drift.ks().statistic()).as("KS statistic").isCloseTo(ks, within(TOLERANCE));
        assertThat(drift.ks().pValue()).as("KS p-value").isCloseTo(p, within(P_TOLERANCE));
        assertThat(drift.ks().method()).isEqualTo(method);
        assertThat(drift.wasserstein()).as("Wasserstein").isCloseTo(w, within(TOLERANCE));
        assertThat(drift.wassersteinNormalised()).as("Wasserstein / std").isCloseTo(wNorm, within(TOLERANCE));
        assertThat(drift.exact()).isTrue();
    }

    @Test
    void identical_samples_show_no_drift() {
        var drift = compare(gridA(500), gridA(500));
        assertDrift(drift, 0, 0, 0, 1, KolmogorovSmirnov.PValue.ASYMPTOTIC, 0, 0);
    }

    @Test
    void shifted_and_wider_sample_matches_scipy() {
        assertDrift(compare(gridA(500), gridB(400)), 0.2811450949367863, 0.1837858891791506, 0.2125,
                3.8457497331364564e-09, KolmogorovSmirnov.PValue.ASYMPTOTIC, 1.4800000000000002, 0.5119199896805869);
        assertDrift(compare(gridA(3000), gridB(2000)), 0.280536498977102, 0.18359681175874715, 0.208,
                1.609424022988336e-45, KolmogorovSmirnov.PValue.ASYMPTOTIC, 1.5, 0.5196155020784792);
    }

    @Test
    void disjoint_samples_reach_the_maximum_distances() {
        var drift = compare(gridA(200), Samples.plus(gridA(200), 20));
        assertDrift(drift, 8.283089355027482, 0.7249809149335342, 1.0, 2.767793053473475e-87,
                KolmogorovSmirnov.PValue.ASYMPTOTIC, 20.0, 6.873978628836242);
    }

    @Test
    void tiny_samples_get_the_exact_p_value() {
        assertDrift(compare(Samples.small1(), Samples.small2()), 0.8679577992646459, 0.23770877637142437,
                0.14166666666666666, 0.8422717112609579, KolmogorovSmirnov.PValue.EXACT, 0.9441666666666668,
                0.3244918787816482);
    }

    @Test
    void ties_collapse_quantile_edges_and_count_once_in_the_statistic() {
        var reference = StepCdf.ofSample(Samples.ties1());
        assertThat(QuantileBins.of(reference, 10).edges())
                .containsExactly(0.0, 1.0, 1.6999999999999993, 2.0, 3.0, 3.3999999999999986, 4.0, 5.0, 6.0);
        var drift = compare(Samples.ties1(), Samples.ties2());
        assertThat(drift.psi()).isCloseTo(2.152138164429738, within(TOLERANCE));
        assertThat(drift.jensenShannon()).isCloseTo(0.3320891495604439, within(TOLERANCE));
        assertThat(drift.ks().statistic()).isCloseTo(0.15, within(TOLERANCE));
        assertThat(drift.wasserstein()).isCloseTo(0.5, within(TOLERANCE));
        assertThat(drift.wassersteinNormalised()).isCloseTo(0.25136526955072774, within(TOLERANCE));
    }

    @Test
    void quantiles_and_moments_follow_numpy() {
        var reference = StepCdf.ofSample(gridA(500));
        assertThat(QuantileBins.of(reference, 10).edges()).containsExactly(0.9870000000000002, 1.9880000000000002,
                3.017, 4.0280000000000005, 5.025, 6.018, 7.0329999999999995, 7.976000000000001, 8.991);
        assertThat(reference.std()).isCloseTo(2.891076789018237, within(TOLERANCE));
        assertThat(reference.mean()).isCloseTo(5.005, within(TOLERANCE));
    }

    @Test
    void asymptotic_kolmogorov_distribution_matches_scipy_kstwobign() {
        double[][] expected = {{0.3, 0.9999906941986655}, {0.8, 0.5441424115741981}, {1.0, 0.26999967167735456},
            {1.17, 0.12939004218561884}, {1.19, 0.11774229287977166}, {1.5, 0.022217962616525127},
            {2.5, 7.453306344157342e-06}};
        for (var pair : expected) {
            assertThat(KolmogorovSmirnov.kolmogorovSurvival(pair[0])).as("Q(%s)", pair[0])
                    .isCloseTo(pair[1], within(1e-12));
        }
    }

    @Test
    void constant_reference_has_no_normalised_wasserstein_and_one_edge() {
        var drift = compare(new double[] {2, 2, 2, 2}, new double[] {2, 3});
        assertThat(drift.wasserstein()).isCloseTo(0.5, within(TOLERANCE));
        assertThat(drift.wassersteinNormalised()).isNaN();
        assertThat(QuantileBins.of(StepCdf.ofSample(new double[] {2, 2, 2}), 10).size()).isEqualTo(2);
        assertThat(DriftTest.WASSERSTEIN_NORMALISED.drifted(drift.wassersteinNormalised(), 0.1)).isFalse();
    }

    @Test
    void single_values_on_each_side_are_comparable() {
        var drift = compare(new double[] {1}, new double[] {4});
        assertThat(drift.ks().statistic()).isEqualTo(1.0);
        assertThat(drift.ks().pValue()).as("undefined below two values a side").isNaN();
        assertThat(DriftTest.KS_P_VALUE.drifted(drift.ks().pValue(), 0.05)).isFalse();
        assertThat(drift.wasserstein()).isEqualTo(3.0);
    }

    @Test
    void nan_infinity_and_empty_samples_are_refused_with_the_position() {
        assertThatThrownBy(() -> StepCdf.ofSample(new double[] {1, Double.NaN}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Value 2 is NaN");
        assertThatThrownBy(() -> StepCdf.ofSample(new double[] {Double.POSITIVE_INFINITY}))
                .hasMessageContaining("Value 1 is Infinity");
        assertThatThrownBy(() -> StepCdf.ofSample(new double[0])).hasMessageContaining("empty");
    }

    @Test
    void sample_is_copied_not_sorted_in_place() {
        double[] values = {3, 1, 2};
        StepCdf.ofSample(values);
        assertThat(values).containsExactly(3, 1, 2);
    }
}
