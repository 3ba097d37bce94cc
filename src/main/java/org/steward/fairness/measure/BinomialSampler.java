package org.steward.fairness.measure;

import java.util.SplittableRandom;

/**
 * Exact binomial random variates, in expected constant time. For n·p below 10 it sums geometric waiting times
 * (inversion; about n·p + 1 uniforms); above, it uses Hörmann's transformed rejection with squeeze, BTRS
 * ("The generation of binomial random variates", J. Stat. Comput. Simul. 46, 1993), as PyTorch and TensorFlow do:
 * rejection sampling against the binomial probabilities, not a normal approximation. Its log k! comes from an
 * exact table below 10 and Stirling's series above (error below 4e-11), so acceptance probabilities are off by
 * at most that relative amount, far below any effect on an interval.
 */
final class BinomialSampler {

    private static final double[] LOG_FACTORIAL_TAIL = {
        0.0810614667953272, 0.0413406959554092, 0.0276779256849983, 0.02079067210376509, 0.0166446911898211,
        0.0138761288230707, 0.0118967099458917, 0.0104112652619720, 0.00925546218271273, 0.00833056343336287};

    private BinomialSampler() {
    }

    /** A draw from Binomial(n, p). */
    static int sample(SplittableRandom rng, int n, double p) {
        if (n <= 0 || p <= 0) {
            return 0;
        }
        if (p >= 1) {
            return n;
        }
        if (p > 0.5) {
            return n - sample(rng, n, 1 - p);
        }
        return n * p < 10 ? inversion(rng, n, p) : btrs(rng, n, p);
    }

    /**
     * A multinomial draw of {@code n} over cells with the given counts as weights (e.g. a group's TP, FP, TN,
     * FN), as a chain of binomials: cell i gets Binomial(remaining, w_i / (w_i + … + w_last)).
     */
    static void multinomial(SplittableRandom rng, long[] weights, int n, long[] into) {
        long rest = 0;
        for (long w : weights) {
            rest += w;
        }
        int remaining = n;
        for (int i = 0; i < weights.length - 1; i++) {
            int x = rest == 0 ? 0 : sample(rng, remaining, (double) weights[i] / rest);
            into[i] = x;
            remaining -= x;
            rest -= weights[i];
        }
        into[weights.length - 1] = remaining;
    }

    private static int inversion(SplittableRandom rng, int n, double p) {
        double logQ = Math.log1p(-p);
        long sum = 0;
        int count = 0;
        while (true) {
            sum += (long) Math.ceil(Math.log(openUniform(rng)) / logQ);
            if (sum > n) {
                return count;
            }
            count++;
        }
    }

    private static int btrs(SplittableRandom rng, int n, double p) {
        double spq = Math.sqrt(n * p * (1 - p));
        double b = 1.15 + 2.53 * spq;
        double a = -0.0873 + 0.0248 * b + 0.01 * p;
        double c = n * p + 0.5;
        double vr = 0.92 - 4.2 / b;
        double r = p / (1 - p);
        double alpha = (2.83 + 5.1 / b) * spq;
        double m = Math.floor((n + 1) * p);
        while (true) {
            double u = rng.nextDouble() - 0.5;
            double v = rng.nextDouble();
            double us = 0.5 - Math.abs(u);
            double k = Math.floor((2 * a / us + b) * u + c);
            if (k < 0 || k > n) {
                continue;
            }
            if (us >= 0.07 && v <= vr) {
                return (int) k;
            }
            // log f(k)/f(m) of the binomial, written with Stirling's series as in Hörmann's paper
            double logV = Math.log(v * alpha / (a / (us * us) + b));
            double bound = (m + 0.5) * Math.log((m + 1) / (r * (n - m + 1)))
                    + (n + 1) * Math.log((n - m + 1) / (n - k + 1))
                    + (k + 0.5) * Math.log(r * (n - k + 1) / (k + 1))
                    + tail(m) + tail(n - m) - tail(k) - tail(n - k);
            if (logV <= bound) {
                return (int) k;
            }
        }
    }

    /** log k! − [(k + ½) log(k + 1) − (k + 1) + ½ log 2π]. */
    private static double tail(double k) {
        if (k <= 9) {
            return LOG_FACTORIAL_TAIL[(int) k];
        }
        double kp1sq = (k + 1) * (k + 1);
        return (1.0 / 12 - (1.0 / 360 - 1.0 / 1260 / kp1sq) / kp1sq) / (k + 1);
    }

    /** Uniform on (0, 1): never 0, so that its logarithm is finite. */
    private static double openUniform(SplittableRandom rng) {
        double u;
        do {
            u = rng.nextDouble();
        } while (u == 0);
        return u;
    }
}
