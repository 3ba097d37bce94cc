package org.steward.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import smile.validation.metric.Accuracy;
import smile.validation.metric.Averaging;
import smile.validation.metric.ConfusionMatrix;
import smile.validation.metric.FScore;

/** Multiclass metrics against {@code src/test/python/validation_reference.py} and, with unit weights, Smile. */
class MulticlassClassificationTest {

    private static final double TOLERANCE = 1e-9;

    static final int[] WORKED_PREDICTED = {0, 2, 2, 2, 1, 0, 1, 1, 1, 0};
    static final int[] WORKED_ACTUAL = {0, 1, 2, 2, 1, 0, 2, 1, 0, 2};

    static int[] generatedActual() {
        return IntStream.range(0, 500).map(i -> (i * i + 2 * i) % 7 % 4).toArray();
    }

    static int[] generatedPredicted() {
        var actual = generatedActual();
        return IntStream.range(0, 500).map(i -> (i * 7) % 10 < 6 ? actual[i] : (i * i + 1) % 4).toArray();
    }

    @Test
    void worked_example() {
        var metrics = MulticlassClassification.of(WORKED_PREDICTED, WORKED_ACTUAL, 3);
        assertThat(metrics.metrics()).containsExactly(Metric.ACCURACY, Metric.MACRO_F1, Metric.WEIGHTED_F1);
        assertThat(metrics.compute(null)).containsExactly(new double[] {0.6, 0.6031746031746031, 0.6},
                within(TOLERANCE));
        assertThat(metrics.confusion()).isEqualTo(new long[][] {{2, 1, 0}, {0, 2, 1}, {1, 1, 2}});
    }

    @Test
    void a_declared_class_never_seen_does_not_count_towards_the_macro_average() {
        var metrics = MulticlassClassification.of(new int[] {0, 1, 1, 0}, new int[] {0, 1, 0, 0}, 4);
        assertThat(metrics.compute(null)).containsExactly(
                new double[] {0.75, 0.7333333333333334, 0.7666666666666667}, within(TOLERANCE));
        assertThat(metrics.confusion()[2]).containsExactly(0, 0, 0, 0);
    }

    @Test
    void generated_dataset() {
        var metrics = MulticlassClassification.of(generatedPredicted(), generatedActual(), 4);
        assertThat(metrics.compute(null)).containsExactly(
                new double[] {0.684, 0.6802149465317924, 0.7014556184585388}, within(TOLERANCE));
        assertThat(metrics.confusion()).isEqualTo(
                new long[][] {{86, 28, 29, 0}, {0, 115, 28, 0}, {0, 14, 57, 0}, {0, 30, 29, 84}});
    }

    @Test
    void weights_count_rows_as_often_as_repeated() {
        // repeating each row of the worked example as often as its weight, by hand: rows 0, 1, 1, 3, 4, 4, 6, 7, 7, 9
        int[] weights = {1, 2, 0, 1, 2, 0, 1, 2, 0, 1};
        var repeated = MulticlassClassification.of(new int[] {0, 2, 2, 2, 1, 1, 1, 1, 1, 0},
                new int[] {0, 1, 1, 2, 1, 1, 2, 1, 1, 2}, 3);
        assertThat(MulticlassClassification.of(WORKED_PREDICTED, WORKED_ACTUAL, 3).compute(weights))
                .containsExactly(repeated.compute(null), within(1e-15));
    }

    @Test
    void unit_weights_agree_with_smile() {
        for (var data : new int[][][] {{WORKED_PREDICTED, WORKED_ACTUAL}, {generatedPredicted(), generatedActual()}}) {
            var predicted = data[0];
            var actual = data[1];
            int k = IntStream.of(actual).max().orElseThrow() + 1;
            var metrics = MulticlassClassification.of(predicted, actual, k);
            var ours = metrics.compute(IntStream.range(0, actual.length).map(i -> 1).toArray());
            assertThat(ours[0]).isCloseTo(Accuracy.of(actual, predicted), within(1e-12));
            assertThat(ours[1]).isCloseTo(FScore.of(actual, predicted, 1.0, Averaging.Macro), within(1e-12));
            assertThat(ours[2]).isCloseTo(FScore.of(actual, predicted, 1.0, Averaging.Weighted), within(1e-12));
            var smile = ConfusionMatrix.of(actual, predicted).matrix();
            var confusion = metrics.confusion();
            for (int a = 0; a < k; a++) {
                assertThat(confusion[a]).containsExactly(IntStream.of(smile[a]).asLongStream().toArray());
            }
        }
    }

    @Test
    void classes_outside_the_declared_ones_are_refused() {
        assertThatThrownBy(() -> MulticlassClassification.of(new int[] {0, 3}, new int[] {0, 1}, 3))
                .hasMessage("row 1: class 3 or 1 is not one of the 3 classes");
        assertThatThrownBy(() -> MulticlassClassification.of(new int[] {0}, new int[] {0}, 1))
                .hasMessage("a classifier needs at least 2 classes, got 1");
    }
}
