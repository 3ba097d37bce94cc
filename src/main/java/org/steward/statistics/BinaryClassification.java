package org.steward.statistics;

import static org.steward.statistics.Metric.ACCURACY;
import static org.steward.statistics.Metric.BRIER;
import static org.steward.statistics.Metric.ECE;
import static org.steward.statistics.Metric.F1;
import static org.steward.statistics.Metric.LOG_LOSS;
import static org.steward.statistics.Metric.PRECISION;
import static org.steward.statistics.Metric.PR_AUC;
import static org.steward.statistics.Metric.RECALL;
import static org.steward.statistics.Metric.ROC_AUC;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.DoubleStream;
import org.jspecify.annotations.Nullable;

/**
 * Metrics of a binary classifier's probabilities against the outcomes. A row is predicted positive when its
 * probability is at least the threshold.
 * <ul>
 * <li>ROC AUC: the Mann–Whitney statistic, the share of (positive, negative) pairs in which the positive scores
 * higher, tied pairs counting ½; undefined with a single class.</li>
 * <li>PR AUC: average precision, Σ (R<sub>t</sub> − R<sub>t−1</sub>) P<sub>t</sub> over the distinct scores t from
 * the highest down, tied scores forming one step (as sklearn's {@code average_precision_score}).</li>
 * <li>Log loss: natural log, probabilities clipped to [1e-15, 1 − 1e-15].</li>
 * <li>Reliability: 10 equal-width bins [0, 0.1), …, [0.9, 1]; expected calibration error
 * Σ n<sub>b</sub>/N |observed<sub>b</sub> − predicted<sub>b</sub>|.</li>
 * </ul>
 * The rows are grouped once into runs of equal scores, highest first. Every metric follows from the weighted counts
 * of positives and negatives in each run, so a weighted recomputation is one pass over the rows (tallying them into
 * their runs) and one over the runs.
 */
public final class BinaryClassification implements WeightedMetrics {

    public static final double CLIP = 1e-15;
    public static final int BINS = 10;
    private static final List<Metric> METRICS =
            List.of(ROC_AUC, PR_AUC, ACCURACY, PRECISION, RECALL, F1, LOG_LOSS, BRIER, ECE);

    /** Per row: 2 × its run + its outcome, the slot of the tally it counts in. */
    private final int[] slot;
    /** Per run, highest score first: the score, its reliability bin and the log-loss terms of either outcome. */
    private final double[] runScore;
    private final int[] runBin;
    private final double[] logLossPositive;
    private final double[] logLossNegative;
    /** How many runs score at least the threshold: their rows are predicted positive. */
    private final int runsPredictedPositive;

    private BinaryClassification(int[] slot, double[] runScore, double threshold) {
        this.slot = slot;
        this.runScore = runScore;
        int runs = runScore.length;
        this.runBin = new int[runs];
        this.logLossPositive = new double[runs];
        this.logLossNegative = new double[runs];
        int cut = 0;
        for (int r = 0; r < runs; r++) {
            var p = runScore[r];
            runBin[r] = binOf(p);
            var clipped = Math.min(Math.max(p, CLIP), 1 - CLIP);
            logLossPositive[r] = -Math.log(clipped);
            logLossNegative[r] = -Math.log1p(-clipped);
            if (p >= threshold) {
                cut = r + 1;
            }
        }
        this.runsPredictedPositive = cut;
    }

    /**
     * @param probability the predicted probability of the positive class of each row, in [0, 1]
     * @param outcome     1 where the outcome is the positive class, 0 otherwise
     * @param threshold   rows with a probability of at least this are predicted positive
     */
    public static BinaryClassification of(double[] probability, int[] outcome, double threshold) {
        if (probability.length != outcome.length) {
            throw new IllegalArgumentException(probability.length + " probabilities but " + outcome.length
                    + " outcomes");
        }
        if (!Double.isFinite(threshold)) {
            throw new IllegalArgumentException("the threshold must be a number, got " + threshold);
        }
        for (int i = 0; i < probability.length; i++) {
            if (!(probability[i] >= 0 && probability[i] <= 1)) {
                throw new IllegalArgumentException("row " + i + ": probability " + probability[i]
                        + " is not in [0, 1]");
            }
            if (outcome[i] != 0 && outcome[i] != 1) {
                throw new IllegalArgumentException("row " + i + ": outcome " + outcome[i] + " is neither 0 nor 1");
            }
        }
        // adding 0.0 turns -0.0 into 0.0: one score
        var ascending = DoubleStream.of(probability).map(p -> p + 0.0).sorted().distinct().toArray();
        int runs = ascending.length;
        var runScore = new double[runs];
        for (int r = 0; r < runs; r++) {
            runScore[r] = ascending[runs - 1 - r];
        }
        var slot = new int[probability.length];
        for (int i = 0; i < probability.length; i++) {
            int run = runs - 1 - Arrays.binarySearch(ascending, probability[i] + 0.0);
            slot[i] = 2 * run + outcome[i];
        }
        return new BinaryClassification(slot, runScore, threshold);
    }

    /** The reliability bin of a probability: how many of the edges 0.1, …, 0.9 (the doubles k/10) it reaches. */
    static int binOf(double p) {
        int k = Math.min((int) (p * BINS), BINS - 1);
        if (k > 0 && p < k / (double) BINS) {
            k--;
        } else if (k < BINS - 1 && p >= (k + 1) / (double) BINS) {
            k++;
        }
        return k;
    }

    @Override
    public List<Metric> metrics() {
        return METRICS;
    }

    @Override
    public int rows() {
        return slot.length;
    }

    /** Weighted counts per run: negatives at 2 r, positives at 2 r + 1. */
    private long[] tally(int @Nullable [] weights) {
        var tally = new long[2 * runScore.length];
        if (weights == null) {
            for (int s : slot) {
                tally[s]++;
            }
        } else {
            for (int i = 0; i < slot.length; i++) {
                tally[slot[i]] += weights[i];
            }
        }
        return tally;
    }

    @Override
    public double[] compute(int @Nullable [] weights) {
        var tally = tally(weights);
        double tp = 0;
        double fp = 0;
        double tpAtCut = 0;
        double fpAtCut = 0;
        double discordant = 0;
        double precisionSum = 0;
        double logLossSum = 0;
        double squaredErrorSum = 0;
        var binPredicted = new double[BINS];
        var binObserved = new double[BINS];
        for (int r = 0; r < runScore.length; r++) {
            double negatives = tally[2 * r];
            double positives = tally[2 * r + 1];
            if (positives + negatives == 0) {
                continue;
            }
            var p = runScore[r];
            // the negatives counted so far all score higher than this run's positives
            discordant += positives * fp + 0.5 * positives * negatives;
            tp += positives;
            fp += negatives;
            if (positives > 0) {
                precisionSum += positives * tp / (tp + fp);
            }
            if (r < runsPredictedPositive) {
                tpAtCut = tp;
                fpAtCut = fp;
            }
            logLossSum += positives * logLossPositive[r] + negatives * logLossNegative[r];
            squaredErrorSum += positives * (1 - p) * (1 - p) + negatives * p * p;
            binPredicted[runBin[r]] += (positives + negatives) * p;
            binObserved[runBin[r]] += positives;
        }
        double positives = tp;
        double negatives = fp;
        double total = positives + negatives;
        double fnAtCut = positives - tpAtCut;
        double calibrationGap = 0;
        for (int b = 0; b < BINS; b++) {
            calibrationGap += Math.abs(binObserved[b] - binPredicted[b]);
        }
        return new double[] {
            positives > 0 && negatives > 0 ? (positives * negatives - discordant) / (positives * negatives) : Double.NaN,
            positives > 0 ? precisionSum / positives : Double.NaN,
            ratio(tpAtCut + negatives - fpAtCut, total),
            ratio(tpAtCut, tpAtCut + fpAtCut),
            ratio(tpAtCut, positives),
            ratio(2 * tpAtCut, 2 * tpAtCut + fpAtCut + fnAtCut),
            ratio(logLossSum, total),
            ratio(squaredErrorSum, total),
            ratio(calibrationGap, total)
        };
    }

    private static double ratio(double numerator, double denominator) {
        return denominator > 0 ? numerator / denominator : Double.NaN;
    }

    /** The confusion counts at the threshold. */
    public BinaryConfusion confusion() {
        var tally = tally(null);
        long tp = 0;
        long fp = 0;
        long positives = 0;
        long negatives = 0;
        for (int r = 0; r < runScore.length; r++) {
            negatives += tally[2 * r];
            positives += tally[2 * r + 1];
            if (r < runsPredictedPositive) {
                fp += tally[2 * r];
                tp += tally[2 * r + 1];
            }
        }
        return new BinaryConfusion(tp, fp, negatives - fp, positives - tp);
    }

    /** (false-positive rate, true-positive rate) from (0, 0) through every distinct score; empty with one class. */
    public List<CurvePoint> rocCurve() {
        var confusion = confusion();
        long positives = confusion.truePositives() + confusion.falseNegatives();
        long negatives = confusion.falsePositives() + confusion.trueNegatives();
        if (positives == 0 || negatives == 0) {
            return List.of();
        }
        var points = new ArrayList<CurvePoint>();
        points.add(new CurvePoint(0, 0));
        walk((tp, fp) -> points.add(new CurvePoint(fp / (double) negatives, tp / (double) positives)));
        return List.copyOf(points);
    }

    /**
     * (recall, precision) through every distinct score from the highest, after a first point (0, 1) as sklearn's
     * {@code precision_recall_curve} has it; empty without positive outcomes.
     */
    public List<CurvePoint> precisionRecallCurve() {
        var confusion = confusion();
        long positives = confusion.truePositives() + confusion.falseNegatives();
        if (positives == 0) {
            return List.of();
        }
        var points = new ArrayList<CurvePoint>();
        points.add(new CurvePoint(0, 1));
        walk((tp, fp) -> points.add(new CurvePoint(tp / (double) positives, tp / (double) (tp + fp))));
        return List.copyOf(points);
    }

    /** The non-empty bins of the reliability curve, lowest first. */
    public List<ReliabilityBin> reliability() {
        var tally = tally(null);
        var count = new long[BINS];
        var predicted = new double[BINS];
        var observed = new double[BINS];
        for (int r = 0; r < runScore.length; r++) {
            long rows = tally[2 * r] + tally[2 * r + 1];
            count[runBin[r]] += rows;
            predicted[runBin[r]] += rows * runScore[r];
            observed[runBin[r]] += tally[2 * r + 1];
        }
        var bins = new ArrayList<ReliabilityBin>();
        for (int b = 0; b < BINS; b++) {
            if (count[b] > 0) {
                bins.add(new ReliabilityBin(b, predicted[b] / count[b], observed[b] / count[b], count[b]));
            }
        }
        return List.copyOf(bins);
    }

    /** Calls back with the cumulative (true positives, false positives) after each run of equal scores. */
    private void walk(RunConsumer consumer) {
        var tally = tally(null);
        long tp = 0;
        long fp = 0;
        for (int r = 0; r < runScore.length; r++) {
            fp += tally[2 * r];
            tp += tally[2 * r + 1];
            consumer.accept(tp, fp);
        }
    }

    private interface RunConsumer {
        void accept(long tp, long fp);
    }
}
