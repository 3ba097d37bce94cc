package org.steward.fairness.measure;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The measures of {@link Measure} on one attribute's confusion cells. Rates are fractions of counts, and every
 * difference or ratio is computed from the counts with a single rounding, so that a value exactly on a limit
 * (e.g. a ratio of 4/5) compares as exactly on it. Used for the point estimate and for each bootstrap resample.
 */
final class Disparity {

    static final int TP = 0;
    static final int FP = 1;
    static final int TN = 2;
    static final int FN = 3;

    /** A rate of a group as numerator over denominator of its cells. */
    enum Rate {
        SELECTION("selection rate", "has no rows"),
        TPR("TPR", "has no actual positives"),
        FPR("FPR", "has no actual negatives");

        final String label;
        final String whyUndefined;

        Rate(String label, String whyUndefined) {
            this.label = label;
            this.whyUndefined = whyUndefined;
        }

        long num(long[] c) {
            return switch (this) {
                case SELECTION -> c[TP] + c[FP];
                case TPR -> c[TP];
                case FPR -> c[FP];
            };
        }

        long den(long[] c) {
            return switch (this) {
                case SELECTION -> c[TP] + c[FP] + c[TN] + c[FN];
                case TPR -> c[TP] + c[FN];
                case FPR -> c[FP] + c[TN];
            };
        }
    }

    /**
     * A measure's value (NaN when undefined, with the reason), the groups that set it, and for disparate impact
     * each compared group's ratio (NaN for groups not compared).
     */
    record Value(double value, @Nullable String reason, int[] worst, double @Nullable [] perGroup) {

        static Value undefined(String reason) {
            return new Value(Double.NaN, reason, new int[0], null);
        }

        boolean defined() {
            return !Double.isNaN(value);
        }
    }

    private final List<String> names;
    private final int[] compared;
    private final int reference;

    /**
     * @param names     the group names, for reasons
     * @param compared  the indexes of the groups that take part (large enough), at least two
     * @param reference the index of the reference group (one of {@code compared}), or -1 for between groups
     */
    Disparity(List<String> names, int[] compared, int reference) {
        this.names = names;
        this.compared = compared.clone();
        this.reference = reference;
    }

    Value of(Measure measure, long[][] cells) {
        return switch (measure) {
            case DEMOGRAPHIC_PARITY_DIFFERENCE -> difference(Rate.SELECTION, cells);
            case DEMOGRAPHIC_PARITY_RATIO -> ratio(Rate.SELECTION, cells);
            case EQUALIZED_ODDS_DIFFERENCE -> worse(difference(Rate.TPR, cells), difference(Rate.FPR, cells), true);
            case EQUALIZED_ODDS_RATIO -> worse(ratio(Rate.TPR, cells), ratio(Rate.FPR, cells), false);
            case EQUAL_OPPORTUNITY_DIFFERENCE -> difference(Rate.TPR, cells);
            case DISPARATE_IMPACT -> disparateImpact(cells);
        };
    }

    /** Between groups: max − min; against the reference r: max |rate_g − rate_r|. */
    Value difference(Rate rate, long[][] cells) {
        var undefined = undefinedRate(rate, cells);
        if (undefined != null) {
            return undefined;
        }
        if (reference < 0) {
            int lo = extreme(rate, cells, false);
            int hi = extreme(rate, cells, true);
            return new Value(diff(rate, cells[hi], cells[lo]), null, new int[] {lo, hi}, null);
        }
        double worst = -1;
        int at = -1;
        for (int g : compared) {
            if (g != reference) {
                double d = Math.abs(diff(rate, cells[g], cells[reference]));
                if (d > worst) {
                    worst = d;
                    at = g;
                }
            }
        }
        return new Value(worst, null, new int[] {at}, null);
    }

    /** Between groups: min / max; against r: min over g of min(rate_g / rate_r, rate_r / rate_g). */
    Value ratio(Rate rate, long[][] cells) {
        var undefined = undefinedRate(rate, cells);
        if (undefined != null) {
            return undefined;
        }
        if (reference < 0) {
            int lo = extreme(rate, cells, false);
            int hi = extreme(rate, cells, true);
            if (rate.num(cells[hi]) == 0) {
                return Value.undefined("every group's " + rate.label + " is 0, so the ratio is 0/0");
            }
            return new Value(quotient(rate, cells[lo], cells[hi]), null, new int[] {lo, hi}, null);
        }
        double worst = Double.POSITIVE_INFINITY;
        int at = -1;
        for (int g : compared) {
            if (g == reference) {
                continue;
            }
            long a = rate.num(cells[g]) * rate.den(cells[reference]);
            long b = rate.num(cells[reference]) * rate.den(cells[g]);
            if (a == 0 && b == 0) {
                return Value.undefined("the " + rate.label + " of '" + names.get(g) + "' and of the reference '"
                        + names.get(reference) + "' are both 0, so their ratio is 0/0");
            }
            double r = (double) Math.min(a, b) / Math.max(a, b);
            if (r < worst) {
                worst = r;
                at = g;
            }
        }
        return new Value(worst, null, new int[] {at}, null);
    }

    /** Each group's selection rate over that of the most-favoured (or the reference) group; the smallest. */
    Value disparateImpact(long[][] cells) {
        var rate = Rate.SELECTION;
        int favoured = reference >= 0 ? reference : extreme(rate, cells, true);
        if (rate.num(cells[favoured]) == 0) {
            return Value.undefined(reference >= 0
                    ? "the reference group '" + names.get(reference) + "' is never selected, so every ratio is x/0"
                    : "no group is ever selected, so every ratio is 0/0");
        }
        var perGroup = new double[cells.length];
        java.util.Arrays.fill(perGroup, Double.NaN);
        double worst = Double.POSITIVE_INFINITY;
        int at = -1;
        for (int g : compared) {
            perGroup[g] = quotient(rate, cells[g], cells[favoured]);
            if (g != favoured && perGroup[g] < worst) {
                worst = perGroup[g];
                at = g;
            }
        }
        return new Value(worst, null, new int[] {at, favoured}, perGroup);
    }

    /** The larger (differences) or smaller (ratios) of two values; undefined if either is. */
    private static Value worse(Value a, Value b, boolean larger) {
        if (!a.defined()) {
            return a;
        }
        if (!b.defined()) {
            return b;
        }
        return (larger ? a.value() >= b.value() : a.value() <= b.value()) ? a : b;
    }

    private @Nullable Value undefinedRate(Rate rate, long[][] cells) {
        for (int g : compared) {
            if (rate.den(cells[g]) == 0) {
                return Value.undefined("group '" + names.get(g) + "' " + rate.whyUndefined + ", so its "
                        + rate.label + " is 0/0");
            }
        }
        return null;
    }

    /** The compared group with the highest (or lowest) rate; the first one on ties. */
    private int extreme(Rate rate, long[][] cells, boolean highest) {
        int best = compared[0];
        for (int g : compared) {
            // a/b > c/d ⇔ a·d > c·b, exact for counts below 2^31
            long cmp = rate.num(cells[g]) * rate.den(cells[best]) - rate.num(cells[best]) * rate.den(cells[g]);
            if (highest ? cmp > 0 : cmp < 0) {
                best = g;
            }
        }
        return best;
    }

    /** rate(a) − rate(b) with one rounding. */
    private static double diff(Rate rate, long[] a, long[] b) {
        return (double) (rate.num(a) * rate.den(b) - rate.num(b) * rate.den(a)) / (rate.den(a) * rate.den(b));
    }

    /** rate(a) / rate(b) with one rounding; rate(b) must not be 0. */
    private static double quotient(Rate rate, long[] a, long[] b) {
        return (double) (rate.num(a) * rate.den(b)) / (rate.den(a) * rate.num(b));
    }
}
