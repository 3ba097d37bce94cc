package org.steward.drift;

import org.apache.commons.statistics.inference.KolmogorovSmirnovTest;
import org.apache.commons.statistics.inference.PValueMethod;

/**
 * Two-sample Kolmogorov–Smirnov test: the largest distance between the two empirical distribution functions, and
 * its two-sided p-value. Small exact samples (n·m below {@link #EXACT_LIMIT}) get the exact p-value of Apache Commons
 * Statistics; larger ones, and sketches, the asymptotic Kolmogorov distribution at √(n·m/(n+m))·D, which is SciPy's
 * {@code kstwobign.sf}.
 */
public final class KolmogorovSmirnov {

    /** Below this product of the sample sizes the p-value is computed exactly. */
    public static final long EXACT_LIMIT = 10_000;

    private KolmogorovSmirnov() {
    }

    /** How a p-value was obtained. */
    public enum PValue {
        EXACT, ASYMPTOTIC
    }

    /** The statistic D, its p-value and how the p-value was computed. */
    public record Result(double statistic, double pValue, PValue method) {
    }

    /** The test of the current distribution against the reference; the p-value is NaN below two values a side. */
    public static Result test(StepCdf reference, StepCdf current) {
        double d = statistic(reference, current);
        if (reference.n() < 2 || current.n() < 2) {
            return new Result(d, Double.NaN, PValue.EXACT);
        }
        if (reference.exact() && current.exact() && reference.n() * current.n() < EXACT_LIMIT) {
            double p = KolmogorovSmirnovTest.withDefaults().with(PValueMethod.EXACT)
                    .test(reference.sortedValues(), current.sortedValues()).getPValue();
            return new Result(d, p, PValue.EXACT);
        }
        double en = (double) reference.n() * current.n() / (reference.n() + current.n());
        return new Result(d, kolmogorovSurvival(Math.sqrt(en) * d), PValue.ASYMPTOTIC);
    }

    /** sup |F(x) − G(x)|, walking both step functions once. */
    public static double statistic(StepCdf a, StepCdf b) {
        int i = 0;
        int j = 0;
        double max = 0;
        while (i < a.size() && j < b.size()) {
            double x = Math.min(a.item(i), b.item(j));
            while (i < a.size() && a.item(i) <= x) {
                i++;
            }
            while (j < b.size() && b.item(j) <= x) {
                j++;
            }
            max = Math.max(max, Math.abs(a.shareOfFirst(i) - b.shareOfFirst(j)));
        }
        return max;
    }

    /**
     * Q(λ) = 2 Σ (−1)^(k−1) exp(−2k²λ²), the survival function of the Kolmogorov distribution. Below λ = 1.18 the
     * alternating series converges slowly, so there the complement from the theta-function form is used.
     */
    static double kolmogorovSurvival(double lambda) {
        if (lambda <= 0) {
            return 1;
        }
        if (lambda < 1.18) {
            double factor = Math.sqrt(2 * Math.PI) / lambda;
            double w = Math.PI * Math.PI / (8 * lambda * lambda);
            double sum = 0;
            for (int k = 1; k <= 9; k += 2) {
                sum += Math.exp(-k * k * w);
            }
            return 1 - factor * sum;
        }
        double sum = 0;
        for (int k = 1; k <= 100; k++) {
            double term = Math.exp(-2.0 * k * k * lambda * lambda);
            sum += (k % 2 == 1 ? term : -term);
            if (term < 1e-18) {
                break;
            }
        }
        return Math.min(1, Math.max(0, 2 * sum));
    }
}
