package org.steward.demo;

import java.util.SplittableRandom;

/**
 * A synthetic credit-scoring sample, scored by a model, as CSV text: the same seed gives the same text on every
 * JVM. Repayment follows a logistic model of income, debt and employment; the score is an imperfect model of it,
 * a little better on its own training rows than on test rows. In {@link Variant#BIASED} the score of women is
 * pushed down although they repay as often as men, so the model fails the four-fifths rule on {@code sex};
 * {@link Variant#FAIR} is the corrected next version. Columns: {@value #HEADER}.
 */
public final class CreditSample {

    /** Which model version scored the sample. */
    public enum Variant {
        /** Women's scores shifted down: female/male selection-rate ratio well below 0.8 at threshold 0.5. */
        BIASED,
        /** The same applicants and outcomes, scored without the shift: ratio above 0.9. */
        FAIR
    }

    public static final String HEADER = "applicant_id,age,income,debt_ratio,employment_years,existing_loans,sex,"
            + "age_band,split,score,repaid";
    public static final int DEFAULT_ROWS = 4_000;
    /** The seed the demo uses; its sample's properties are pinned down by CreditSampleTest. */
    public static final long DEMO_SEED = 42;
    public static final int MAX_ROWS = 1_000_000;

    /** How far the biased model pushes women's scores down, on the logit scale. */
    private static final double BIAS = 0.8;

    private CreditSample() {
    }

    /** {@code rows} applicants and a header line, with {@code \n} line ends. */
    public static String csv(long seed, int rows, Variant variant) {
        if (rows < 1 || rows > MAX_ROWS) {
            throw new IllegalArgumentException("rows must be between 1 and " + MAX_ROWS + ", was " + rows);
        }
        var random = new SplittableRandom(seed);
        var out = new StringBuilder(HEADER.length() + 1 + rows * 72);
        out.append(HEADER).append('\n');
        for (var i = 1; i <= rows; i++) {
            row(out, i, random, variant);
        }
        return out.toString();
    }

    /** One applicant. Every row draws the same random numbers in the same order whatever the variant. */
    private static void row(StringBuilder out, int index, SplittableRandom random, Variant variant) {
        var age = (int) Math.round(clamp(42 + 13 * gaussian(random), 18, 80));
        var female = random.nextDouble() < 0.5;
        var income = Math.round(StrictMath.exp(10.55 + 0.002 * (Math.min(age, 55) - 40)
                + 0.45 * gaussian(random)) / 100) * 100;
        var debtRatio = round(clamp(0.35 + 0.2 * gaussian(random), 0, 1.5), 1000);
        var employment = (int) Math.min(age - 18, Math.floor(-StrictMath.log(1 - random.nextDouble())
                * (3 + 0.1 * (age - 18))));
        var loans = 0;
        for (var k = 0; k < 5; k++) {
            loans += random.nextDouble() < 0.22 ? 1 : 0;
        }
        var draw = random.nextDouble();
        var split = draw < 0.60 ? "train" : draw < 0.85 ? "test" : "holdout";

        // what the lender can see, and what it cannot (the rest of the applicant's life)
        var seen = 0.8 + 2.4 * StrictMath.log(income / 38_000.0) - 6 * (debtRatio - 0.35)
                + 0.03 * (employment - 5) - 0.6 * (loans - 1.1);
        var truth = seen + 0.8 * gaussian(random);
        var repaid = random.nextDouble() < sigmoid(truth);

        // the model: its own estimation error, and a little memorisation of its training rows
        var logit = 0.8 * seen + 0.3 * gaussian(random);
        if ("train".equals(split)) {
            logit += 0.08 * (repaid ? 1 : -1);
        }
        if (variant == Variant.BIASED && female) {
            logit -= BIAS;
        }
        var score = round(sigmoid(logit), 10_000);

        out.append('A');
        digits(out, index, 6);
        out.append(',').append(age).append(',').append(income).append(',');
        decimals(out, debtRatio, 1000, 3);
        out.append(',').append(employment).append(',').append(loans).append(',')
                .append(female ? "female" : "male").append(',')
                .append(age < 30 ? "under_30" : age <= 50 ? "30_to_50" : "over_50").append(',')
                .append(split).append(',');
        decimals(out, score, 10_000, 4);
        out.append(',').append(repaid ? "yes" : "no").append('\n');
    }

    /** Box–Muller with {@link StrictMath}, so the numbers do not depend on the JVM or the CPU. */
    private static double gaussian(SplittableRandom random) {
        var u = 1 - random.nextDouble();
        var v = random.nextDouble();
        return StrictMath.sqrt(-2 * StrictMath.log(u)) * StrictMath.cos(2 * Math.PI * v);
    }

    private static double sigmoid(double x) {
        return 1 / (1 + StrictMath.exp(-x));
    }

    private static double clamp(double value, double low, double high) {
        return Math.max(low, Math.min(high, value));
    }

    private static double round(double value, int scale) {
        return (double) Math.round(value * scale) / scale;
    }

    /** A non-negative number with exactly {@code places} decimals, without the cost of String.format. */
    private static void decimals(StringBuilder out, double value, int scale, int places) {
        var scaled = Math.round(value * scale);
        out.append(scaled / scale).append('.');
        digits(out, scaled % scale, places);
    }

    /** A non-negative number left-padded with zeros to {@code width} digits. */
    private static void digits(StringBuilder out, long value, int width) {
        for (var limit = 10L; width > 1; width--, limit *= 10) {
            if (value < limit) {
                out.append('0');
            }
        }
        out.append(value);
    }
}
