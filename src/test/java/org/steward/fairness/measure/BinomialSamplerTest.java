package org.steward.fairness.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The binomial sampler against the exact distribution, on both of its paths (inversion and BTRS). */
class BinomialSamplerTest {

    private static final int DRAWS = 200_000;

    /** P(X = k) for k = 0..n by the recurrence f(k+1) = f(k)·(n−k)/(k+1)·p/(1−p). */
    private static double[] pmf(int n, double p) {
        var f = new double[n + 1];
        f[0] = Math.pow(1 - p, n);
        for (int k = 0; k < n; k++) {
            f[k + 1] = f[k] * (n - k) / (k + 1) * p / (1 - p);
        }
        return f;
    }

    @ParameterizedTest(name = "Binomial({0}, {1})")
    @CsvSource({"40, 0.2", "100, 0.3", "300, 0.5", "60, 0.93", "1000, 0.02"})
    void draws_follow_the_binomial_distribution(int n, double p) {
        var rng = new SplittableRandom(42);
        var counts = new long[n + 1];
        for (int i = 0; i < DRAWS; i++) {
            counts[BinomialSampler.sample(rng, n, p)]++;
        }
        var f = pmf(n, p);
        // chi-square over cells with at least 5 expected draws, the tails pooled
        double chi2 = 0;
        int cells = 0;
        double pooledExpected = 0;
        long pooledObserved = 0;
        for (int k = 0; k <= n; k++) {
            double expected = f[k] * DRAWS;
            if (expected < 5) {
                pooledExpected += expected;
                pooledObserved += counts[k];
                continue;
            }
            chi2 += (counts[k] - expected) * (counts[k] - expected) / expected;
            cells++;
        }
        if (pooledExpected > 0) {
            chi2 += (pooledObserved - pooledExpected) * (pooledObserved - pooledExpected) / pooledExpected;
            cells++;
        }
        int df = cells - 1;
        // far above the 0.999 quantile of chi-square(df) for every df used here
        assertThat(chi2).as("chi-square with %d degrees of freedom", df).isLessThan(df + 5 * Math.sqrt(2.0 * df));
        double mean = 0;
        for (int k = 0; k <= n; k++) {
            mean += k * (double) counts[k] / DRAWS;
        }
        double se = Math.sqrt(n * p * (1 - p) / DRAWS);
        assertThat(mean).isCloseTo(n * p, org.assertj.core.api.Assertions.within(5 * se));
    }

    @Test
    void degenerate_probabilities_need_no_randomness() {
        var rng = new SplittableRandom(1);
        assertThat(BinomialSampler.sample(rng, 50, 0)).isZero();
        assertThat(BinomialSampler.sample(rng, 50, 1)).isEqualTo(50);
        assertThat(BinomialSampler.sample(rng, 0, 0.5)).isZero();
    }

    @Test
    void multinomial_draws_keep_the_total_and_empty_cells_empty() {
        var rng = new SplittableRandom(3);
        var into = new long[4];
        var sums = new double[4];
        for (int i = 0; i < 20_000; i++) {
            BinomialSampler.multinomial(rng, new long[] {30, 0, 50, 20}, 100, into);
            assertThat(into[0] + into[1] + into[2] + into[3]).isEqualTo(100);
            assertThat(into[1]).isZero();
            for (int c = 0; c < 4; c++) {
                sums[c] += into[c] / 20_000.0;
            }
        }
        assertThat(sums[0]).isCloseTo(30, org.assertj.core.api.Assertions.within(0.2));
        assertThat(sums[2]).isCloseTo(50, org.assertj.core.api.Assertions.within(0.2));
        assertThat(sums[3]).isCloseTo(20, org.assertj.core.api.Assertions.within(0.2));
    }
}
