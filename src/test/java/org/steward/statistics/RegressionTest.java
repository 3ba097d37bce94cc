package org.steward.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import smile.validation.metric.MAD;
import smile.validation.metric.R2;
import smile.validation.metric.RMSE;

/** Regression metrics against {@code src/test/python/validation_reference.py} and, with unit weights, Smile. */
class RegressionTest {

    private static final double TOLERANCE = 1e-9;

    static double[] generatedActual() {
        return IntStream.range(0, 300).mapToDouble(i -> ((i * 17) % 23) / 4.0).toArray();
    }

    static double[] generatedPredicted() {
        var actual = generatedActual();
        return IntStream.range(0, 300).mapToDouble(i -> actual[i] + (((i * 29) % 11) - 5) / 10.0).toArray();
    }

    @Test
    void worked_example() {
        var regression = Regression.of(new double[] {2.5, 0.0, 2.0, 8.0}, new double[] {3.0, -0.5, 2.0, 7.0});
        assertThat(regression.metrics()).containsExactly(Metric.RMSE, Metric.MAE, Metric.R2);
        // RMSE = sqrt(1.5 / 4), MAE = 2 / 4, R² = 1 - 1.5 / 29.1875
        assertThat(regression.compute(null)).containsExactly(
                new double[] {0.6123724356957945, 0.5, 0.9486081370449679}, within(TOLERANCE));
    }

    @Test
    void generated_dataset_with_and_without_weights() {
        var regression = Regression.of(generatedPredicted(), generatedActual());
        assertThat(regression.compute(null)).containsExactly(
                new double[] {0.3163858403911275, 0.27299999999999996, 0.9638100025131943}, within(TOLERANCE));
        var weights = IntStream.range(0, 300).map(i -> (i * 5) % 3).toArray();
        assertThat(regression.compute(weights)).containsExactly(
                new double[] {0.3152776554086889, 0.27199999999999996, 0.9642115264408051}, within(TOLERANCE));
    }

    @Test
    void unit_weights_agree_with_smile() {
        var predicted = generatedPredicted();
        var actual = generatedActual();
        var ours = Regression.of(predicted, actual).compute(IntStream.range(0, 300).map(i -> 1).toArray());
        assertThat(ours[0]).isCloseTo(RMSE.of(actual, predicted), within(1e-12));
        assertThat(ours[1]).isCloseTo(MAD.of(actual, predicted), within(1e-12));
        assertThat(ours[2]).isCloseTo(R2.of(actual, predicted), within(1e-12));
    }

    @Test
    void r2_is_undefined_when_the_outcome_does_not_vary() {
        var values = Regression.of(new double[] {0.1, 0.2, 0.3}, new double[] {0.1, 0.1, 0.1}).compute(null);
        assertThat(values[2]).isNaN();
        assertThat(values[1]).isCloseTo(0.1, within(1e-15));
        // only the rows a resample drew count: here the one with outcome 5 is left out
        var resampled = Regression.of(new double[] {1, 2, 3}, new double[] {1, 1, 5}).compute(new int[] {2, 1, 0});
        assertThat(resampled[2]).isNaN();
    }

    @Test
    void residuals_are_an_evenly_spaced_deterministic_sample() {
        var regression = Regression.of(generatedPredicted(), generatedActual());
        var all = regression.residuals(2000);
        assertThat(all).hasSize(300);
        assertThat(all.get(7).x()).isEqualTo(generatedPredicted()[7]);
        assertThat(all.get(7).y()).isEqualTo(generatedActual()[7] - generatedPredicted()[7]);
        var some = regression.residuals(100);
        assertThat(some).hasSize(100).isEqualTo(regression.residuals(100));
        assertThat(some.get(1)).isEqualTo(all.get(3));
    }

    @Test
    void numbers_only() {
        assertThatThrownBy(() -> Regression.of(new double[] {1, Double.POSITIVE_INFINITY}, new double[] {1, 2}))
                .hasMessage("row 1: prediction Infinity or outcome 2.0 is not a finite number");
    }
}
