package org.steward.explain.method;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Fidelity and direction statistics against NumPy/SciPy ({@code src/test/python/explanation_reference.py}). */
class FitTest {

    private static final double[] Y = {0.12, 0.5, 0.5, 0.9, 0.33, 0.71, 0.05, 0.5, 0.64, 0.88};
    private static final double[] P = {0.2, 0.45, 0.55, 0.8, 0.3, 0.7, 0.1, 0.45, 0.6, 0.95};

    @Test
    void r2_agreement_and_spearman_with_ties_match_scipy() {
        assertThat(Fit.r2(Y, P)).isCloseTo(0.9543255951819566, within(1e-12));
        assertThat(Fit.agreement(Y, P, 0.5)).isCloseTo(0.8, within(1e-12));
        assertThat(Fit.spearman(Y, P)).isCloseTo(0.9785032270610473, within(1e-12));
    }

    @Test
    void a_constant_side_has_no_rank_correlation() {
        assertThat(Fit.spearman(Y, new double[Y.length])).isNull();
    }

    @Test
    void permutation_spread_is_the_sample_standard_deviation() {
        var meanSd = PermutationImportance.meanSd(new double[] {1, 2, 3, 4});
        assertThat(meanSd[0]).isEqualTo(2.5);
        assertThat(meanSd[1]).isCloseTo(Math.sqrt(5.0 / 3), within(1e-12));
    }
}
