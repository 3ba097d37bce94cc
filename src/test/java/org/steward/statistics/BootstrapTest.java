package org.steward.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The percentile bootstrap: numpy's percentiles, determinism under a seed, and sanity on large samples. */
class BootstrapTest {

    private static final Bootstrap DEFAULT = new Bootstrap(1000, 20260101L, 0.95);

    @Test
    void percentiles_interpolate_linearly_like_numpy() {
        // values and numpy.percentile results from src/test/python/validation_reference.py
        var values = new double[1001];
        for (int i = 0; i < 1000; i++) {
            values[i] = ((i * 7919) % 1000) / 1000.0;
        }
        values[1000] = 0.5;
        assertThat(DEFAULT.interval(values)).satisfies(i -> {
            assertThat(i.low()).isCloseTo(0.025, within(1e-9));
            assertThat(i.high()).isCloseTo(0.974, within(1e-9));
        });
        assertThat(new Bootstrap(10, 1, 0.90).interval(values)).satisfies(i -> {
            assertThat(i.low()).isCloseTo(0.05, within(1e-9));
            assertThat(i.high()).isCloseTo(0.949, within(1e-9));
        });
        assertThat(DEFAULT.interval(new double[] {3.0, 1.0, 4.0, 1.5, 9.0, 2.6})).satisfies(i -> {
            assertThat(i.low()).isCloseTo(1.0625, within(1e-9));
            assertThat(i.high()).isCloseTo(8.375, within(1e-9));
        });
    }

    @Test
    void undefined_resamples_are_left_out_of_the_interval() {
        assertThat(DEFAULT.interval(new double[] {Double.NaN, 1, Double.NaN, 2}))
                .isEqualTo(DEFAULT.interval(new double[] {1, 2}));
        assertThat(DEFAULT.interval(new double[] {Double.NaN, Double.NaN})).isNull();
        assertThat(DEFAULT.differenceInterval(new double[] {3, 5, Double.NaN}, new double[] {1, 2, 1}))
                .isEqualTo(DEFAULT.interval(new double[] {2, 3}));
    }

    @Test
    void each_resample_draws_n_rows_with_replacement() {
        var counts = new int[500];
        var random = new SplittableRandom(7);
        Bootstrap.draw(random, counts);
        assertThat(IntStream.of(counts).sum()).isEqualTo(500);
        assertThat(IntStream.of(counts).filter(c -> c == 0).count())
                .as("about 1/e of the rows are not drawn").isBetween(150L, 220L);
        var again = new int[500];
        Bootstrap.draw(new SplittableRandom(7), again);
        assertThat(again).containsExactly(counts);
    }

    @Test
    void the_same_seed_gives_the_same_intervals_and_another_seed_others() {
        var binary = BinaryClassification.of(BinaryClassificationTest.generatedP(1000),
                BinaryClassificationTest.generatedY(1000), 0.5);
        var first = DEFAULT.estimates(binary, DEFAULT.resample(binary, 0, Bootstrap.Listener.NONE));
        var second = DEFAULT.estimates(binary, DEFAULT.resample(binary, 0, Bootstrap.Listener.NONE));
        assertThat(second).isEqualTo(first);

        var reseeded = new Bootstrap(1000, 20260102L, 0.95);
        var third = reseeded.estimates(binary, reseeded.resample(binary, 0, Bootstrap.Listener.NONE));
        assertThat(third).extracting(Estimate::value).isEqualTo(first.stream().map(Estimate::value).toList());
        assertThat(third.getFirst().interval()).isNotEqualTo(first.getFirst().interval());
        var otherStream = DEFAULT.estimates(binary, DEFAULT.resample(binary, 1, Bootstrap.Listener.NONE));
        assertThat(otherStream.getFirst().interval()).isNotEqualTo(first.getFirst().interval());
    }

    @Test
    void intervals_contain_the_point_estimate_and_shrink_as_the_sample_grows() {
        var small = BinaryClassification.of(BinaryClassificationTest.generatedP(500),
                BinaryClassificationTest.generatedY(500), 0.5);
        var large = BinaryClassification.of(BinaryClassificationTest.generatedP(20_000),
                BinaryClassificationTest.generatedY(20_000), 0.5);
        var smallEstimates = DEFAULT.estimates(small, DEFAULT.resample(small, 0, Bootstrap.Listener.NONE));
        var largeEstimates = DEFAULT.estimates(large, DEFAULT.resample(large, 0, Bootstrap.Listener.NONE));
        for (int m = 0; m < largeEstimates.size(); m++) {
            var estimate = largeEstimates.get(m);
            assertThat(estimate.interval()).as(estimate.metric().label()).isNotNull();
            assertThat(estimate.interval().contains(estimate.value())).as(estimate.metric().label()).isTrue();
            assertThat(estimate.interval().width()).as(estimate.metric().label())
                    .isLessThan(smallEstimates.get(m).interval().width());
        }
        // the standard error of an accuracy near 0.75 on 20 000 rows is about 0.003: a 95% interval ~0.012 wide
        var accuracy = largeEstimates.get(2).interval();
        assertThat(accuracy.width()).isBetween(0.009, 0.015);
    }

    @Test
    void the_listener_hears_every_resample_and_may_stop_the_bootstrap() {
        var regression = Regression.of(RegressionTest.generatedPredicted(), RegressionTest.generatedActual());
        var heard = new ArrayList<Integer>();
        new Bootstrap(5, 1, 0.95).resample(regression, 0, (done, total) -> heard.add(done * 10 + total));
        assertThat(heard).containsExactly(15, 25, 35, 45, 55);
        assertThatThrownBy(() -> DEFAULT.resample(regression, 0, (done, total) -> {
            if (done == 3) {
                throw new IllegalStateException("stop");
            }
        })).hasMessage("stop");
    }

    @Test
    void resamples_keep_each_metrics_values() {
        var regression = Regression.of(RegressionTest.generatedPredicted(), RegressionTest.generatedActual());
        var resamples = new Bootstrap(50, 3, 0.95).resample(regression, 0, Bootstrap.Listener.NONE);
        assertThat(resamples.metrics()).containsExactly(Metric.RMSE, Metric.MAE, Metric.R2);
        var rmse = resamples.values(Metric.RMSE);
        assertThat(rmse).hasSize(50);
        assertThat(Arrays.stream(rmse).distinct().count()).isGreaterThan(40);
        assertThatThrownBy(() -> resamples.values(Metric.ROC_AUC)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void settings_are_checked() {
        assertThatThrownBy(() -> new Bootstrap(0, 1, 0.95))
                .hasMessage("a bootstrap needs at least one resample, got 0");
        assertThatThrownBy(() -> new Bootstrap(10, 1, 1.0))
                .hasMessage("the confidence level must lie between 0 and 1, got 1.0");
        assertThatThrownBy(() -> new Interval(2, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void curves_are_thinned_evenly_keeping_both_ends() {
        var points = IntStream.range(0, 1001).mapToObj(i -> new CurvePoint(i, i)).toList();
        var thinned = CurvePoint.thin(points, 200);
        assertThat(thinned).hasSize(200);
        assertThat(thinned.getFirst()).isEqualTo(points.getFirst());
        assertThat(thinned.getLast()).isEqualTo(points.getLast());
        assertThat(CurvePoint.thin(points.subList(0, 10), 200)).hasSize(10);
    }
}
