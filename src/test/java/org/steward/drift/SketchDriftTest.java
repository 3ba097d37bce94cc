package org.steward.drift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The same statistics on KLL sketches stay close to the exact ones on large samples. */
class SketchDriftTest {

    private static final int N = 200_000;

    private static double[] normal(long seed, double mean, double sd) {
        return Samples.normal(seed, N, mean, sd);
    }

    private static StepCdf sketch(double[] values) {
        return StepCdf.ofSketch(Sketches.of(values));
    }

    @Test
    void sketch_statistics_approximate_the_exact_ones() {
        double[] reference = normal(1, 0, 1);
        double[] current = normal(2, 0.2, 1.1);
        var exact = NumericDrift.compare(StepCdf.ofSample(reference), StepCdf.ofSample(current));
        var approximate = NumericDrift.compare(sketch(reference), sketch(current));

        assertThat(approximate.exact()).isFalse();
        assertThat(approximate.referenceCount()).isEqualTo(N);
        // KLL compacts at random (DataSketches' own unseeded Random), so the error varies from run to run: over 200
        // repetitions of this case the largest relative errors were 2.4 % (PSI), 1.7 % (W1) and 1.2 % (JS), the
        // largest KS error 0.0014. The bounds leave room for that spread; a broken sketch path is off by far more.
        assertThat(approximate.psi()).isCloseTo(exact.psi(), within(0.05 * exact.psi()));
        assertThat(approximate.ks().statistic()).isCloseTo(exact.ks().statistic(), within(0.01));
        assertThat(approximate.wasserstein()).isCloseTo(exact.wasserstein(), within(0.05 * exact.wasserstein()));
        assertThat(approximate.jensenShannon()).isCloseTo(exact.jensenShannon(), within(0.05 * exact.jensenShannon()));
        assertThat(approximate.ks().method()).isEqualTo(KolmogorovSmirnov.PValue.ASYMPTOTIC);
    }

    @Test
    void a_sketch_against_itself_shows_no_drift() {
        var reference = sketch(normal(3, 5, 2));
        var drift = NumericDrift.compare(reference, reference);
        assertThat(drift.ks().statistic()).isZero();
        assertThat(drift.wasserstein()).isZero();
        assertThat(drift.psi()).isZero();
    }

    @Test
    void two_sketches_of_the_same_values_differ_only_by_their_random_compaction() {
        double[] values = normal(3, 5, 2);
        var drift = NumericDrift.compare(sketch(values), sketch(values));
        // over 300 repetitions: KS at most 0.0018, W1/std 0.0057, PSI 0.00005
        assertThat(drift.ks().statistic()).isLessThan(0.005);
        assertThat(drift.wassersteinNormalised()).isLessThan(0.015);
        assertThat(drift.psi()).isLessThan(0.001);
    }

    @Test
    void sketches_ignore_values_that_are_not_finite() {
        var sketch = Sketches.of(new double[] {1, Double.NaN, 2, Double.POSITIVE_INFINITY});
        assertThat(sketch.getN()).isEqualTo(2);
    }

    @Test
    void a_shift_of_one_standard_deviation_is_found_by_sketch_and_exact_alike() {
        double[] reference = normal(4, 0, 1);
        double[] current = normal(5, 1, 1);
        var approximate = NumericDrift.compare(sketch(reference), sketch(current));
        // W1 between N(0,1) and N(1,1) is exactly 1; the sample's own noise is about 1/sqrt(N)
        assertThat(approximate.wasserstein()).isCloseTo(1.0, within(0.02));
        assertThat(approximate.wassersteinNormalised()).isCloseTo(1.0, within(0.03));
        assertThat(DriftCriterion.defaultFor(true, N, N).drifted(approximate.wassersteinNormalised())).isTrue();
    }
}
