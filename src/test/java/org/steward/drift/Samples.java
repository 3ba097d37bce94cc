package org.steward.drift;

import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * The generated samples of src/test/python/drift_reference.py, computed the same way to the last bit, and the normal
 * samples of the sketch tests.
 */
final class Samples {

    private Samples() {
    }

    /** A normal sample by Box–Muller, without a statistics library. */
    static double[] normal(long seed, int n, double mean, double sd) {
        var random = new SplittableRandom(seed);
        var values = new double[n];
        for (int i = 0; i < n; i++) {
            double u = 1 - random.nextDouble();
            double v = random.nextDouble();
            values[i] = mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
        }
        return values;
    }

    static double[] gridA(int n) {
        return IntStream.range(0, n).mapToDouble(i -> ((i * 7919L) % 1000) / 100.0).toArray();
    }

    static double[] gridB(int n) {
        return IntStream.range(0, n).mapToDouble(i -> ((i * 104729L) % 1200) / 100.0 + 0.5).toArray();
    }

    static double[] small1() {
        return IntStream.range(0, 30).mapToDouble(i -> ((i * 37) % 101) / 10.0).toArray();
    }

    static double[] small2() {
        return IntStream.range(0, 40).mapToDouble(i -> ((i * 53) % 103) / 10.0 + 1.05).toArray();
    }

    static double[] ties1() {
        return IntStream.range(0, 60).mapToDouble(i -> i % 7).toArray();
    }

    static double[] ties2() {
        return IntStream.range(0, 50).mapToDouble(i -> i % 5 + 1).toArray();
    }

    static double[] plus(double[] values, double shift) {
        return java.util.Arrays.stream(values).map(v -> v + shift).toArray();
    }
}
