package org.steward.fairness.measure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.steward.fairness.measure.FairnessResult.Bin;
import org.steward.fairness.measure.FairnessResult.Point;

/** ROC AUC, ROC points and calibration bins of one group's scores, from its positives' and negatives' scores. */
final class Curves {

    static final int MAX_ROC_POINTS = 200;
    static final int CALIBRATION_BINS = 10;

    private final double[] positives;
    private final double[] negatives;

    /** Copies and sorts the scores. */
    Curves(double[] positives, double[] negatives) {
        this.positives = positives.clone();
        this.negatives = negatives.clone();
        Arrays.sort(this.positives);
        Arrays.sort(this.negatives);
    }

    /**
     * The probability that a random positive scores above a random negative, ties counting one half (the
     * Mann–Whitney U statistic over P·N); null when the group has only one class.
     */
    @Nullable Double auc() {
        if (positives.length == 0 || negatives.length == 0) {
            return null;
        }
        double wins = 0;
        int below = 0;
        int i = 0;
        while (i < positives.length) {
            double s = positives[i];
            int same = 0;
            while (i + same < positives.length && positives[i + same] == s) {
                same++;
            }
            while (below < negatives.length && negatives[below] < s) {
                below++;
            }
            int ties = 0;
            while (below + ties < negatives.length && negatives[below + ties] == s) {
                ties++;
            }
            wins += same * (below + ties / 2.0);
            i += same;
        }
        return wins / ((double) positives.length * negatives.length);
    }

    /**
     * The ROC curve from (0, 0) to (1, 1), one point per distinct score as threshold (decision: score ≥
     * threshold); thinned to at most {@link #MAX_ROC_POINTS} evenly spaced points. Empty with one class only.
     */
    List<Point> roc() {
        if (positives.length == 0 || negatives.length == 0) {
            return List.of();
        }
        var points = new ArrayList<Point>();
        points.add(new Point(0, 0));
        int p = positives.length - 1;
        int n = negatives.length - 1;
        while (p >= 0 || n >= 0) {
            double t = Math.max(p >= 0 ? positives[p] : Double.NEGATIVE_INFINITY,
                    n >= 0 ? negatives[n] : Double.NEGATIVE_INFINITY);
            while (p >= 0 && positives[p] == t) {
                p--;
            }
            while (n >= 0 && negatives[n] == t) {
                n--;
            }
            points.add(new Point((double) (negatives.length - 1 - n) / negatives.length,
                    (double) (positives.length - 1 - p) / positives.length));
        }
        return thin(points);
    }

    /** Ten equal-width bins of the score on [0, 1]; empty bins are left out. */
    List<Bin> calibration() {
        var sum = new double[CALIBRATION_BINS];
        var pos = new int[CALIBRATION_BINS];
        var count = new int[CALIBRATION_BINS];
        for (double s : positives) {
            int b = bin(s);
            sum[b] += s;
            pos[b]++;
            count[b]++;
        }
        for (double s : negatives) {
            int b = bin(s);
            sum[b] += s;
            count[b]++;
        }
        var bins = new ArrayList<Bin>();
        for (int b = 0; b < CALIBRATION_BINS; b++) {
            if (count[b] > 0) {
                bins.add(new Bin(sum[b] / count[b], (double) pos[b] / count[b], count[b]));
            }
        }
        return bins;
    }

    private static int bin(double score) {
        return Math.clamp((int) Math.floor(score * CALIBRATION_BINS), 0, CALIBRATION_BINS - 1);
    }

    private static List<Point> thin(List<Point> points) {
        if (points.size() <= MAX_ROC_POINTS) {
            return points;
        }
        var thinned = new ArrayList<Point>(MAX_ROC_POINTS);
        for (int k = 0; k < MAX_ROC_POINTS; k++) {
            thinned.add(points.get((int) Math.round((double) k * (points.size() - 1) / (MAX_ROC_POINTS - 1))));
        }
        return thinned;
    }
}
