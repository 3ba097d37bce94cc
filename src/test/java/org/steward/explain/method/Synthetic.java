package org.steward.explain.method;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.DoubleUnaryOperator;
import org.steward.dataset.ScoredSample;
import org.steward.dataset.ScoredSample.Feature;
import org.steward.dataset.Split;
import org.steward.dataset.TaskType;

/** Scored samples of models whose structure is known, for the explanation tests. */
final class Synthetic {

    private Synthetic() {
    }

    /** A regression model with output 3·x1 − 2·x2 + noise; x3 plays no part. x1, x2, x3 uniform on [0, 1]. */
    static ScoredSample linear(int rows, double noise, long seed) {
        var random = new SplittableRandom(seed);
        var x1 = new double[rows];
        var x2 = new double[rows];
        var x3 = new double[rows];
        var output = new double[rows];
        for (var i = 0; i < rows; i++) {
            x1[i] = random.nextDouble();
            x2[i] = random.nextDouble();
            x3[i] = random.nextDouble();
            output[i] = 3 * x1[i] - 2 * x2[i] + noise * gaussian(random);
        }
        return regression(output, List.of(new Feature("x1", x1, null), new Feature("x2", x2, null),
                new Feature("x3", x3, null)));
    }

    /** Output that is pure noise, independent of the features. */
    static ScoredSample noise(int rows, long seed) {
        var sample = linear(rows, 0, seed);
        var random = new SplittableRandom(seed + 1);
        var output = new double[rows];
        for (var i = 0; i < rows; i++) {
            output[i] = gaussian(random);
        }
        return regression(output, sample.features());
    }

    static ScoredSample regression(double[] output, List<Feature> features) {
        var split = new Split[output.length];
        java.util.Arrays.fill(split, Split.TEST);
        return new ScoredSample(TaskType.REGRESSION, List.of(), null, 0, output, output.clone(), split, Map.of(),
                features);
    }

    static ScoredSample withFeatures(ScoredSample sample, List<Feature> features) {
        return new ScoredSample(sample.task(), sample.classes(), sample.positiveClass(), sample.threshold(),
                sample.output(), sample.outcome(), sample.split(), sample.sensitive(), features);
    }

    static double[] map(double[] values, DoubleUnaryOperator f) {
        return java.util.Arrays.stream(values).map(f).toArray();
    }

    static double gaussian(SplittableRandom random) {
        var u = 1 - random.nextDouble();
        var v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }
}
