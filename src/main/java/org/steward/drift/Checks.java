package org.steward.drift;

/** Argument checks shared by the statistics. */
final class Checks {

    private Checks() {
    }

    static void sameLength(double[] a, double[] b) {
        if (a.length != b.length || a.length == 0) {
            throw new IllegalArgumentException("Both distributions need the same, non-zero number of bins ("
                    + a.length + " and " + b.length + ").");
        }
    }

    static double positiveSum(double[] shares) {
        double sum = 0;
        for (double s : shares) {
            if (!(s >= 0) || Double.isInfinite(s)) {
                throw new IllegalArgumentException("A share or count must be finite and not negative, not " + s + ".");
            }
            sum += s;
        }
        if (sum == 0) {
            throw new IllegalArgumentException("A distribution with no observations has no shares.");
        }
        return sum;
    }
}
