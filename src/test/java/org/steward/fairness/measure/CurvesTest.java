package org.steward.fairness.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.steward.fairness.measure.FairnessResult.Bin;
import org.steward.fairness.measure.FairnessResult.Point;

/** AUC with ties, ROC end points and thinning, calibration bins. */
class CurvesTest {

    @Test
    void auc_counts_ties_as_one_half() {
        // pairs (pos, neg): (0.5, 0.5) tie, (0.5, 0.2) win, (0.7, 0.5) win, (0.7, 0.2) win → 3.5 / 4
        var curves = new Curves(new double[] {0.7, 0.5}, new double[] {0.5, 0.2});

        assertThat(curves.auc()).isEqualTo(0.875);
    }

    @Test
    void one_class_has_no_auc_and_no_roc() {
        var curves = new Curves(new double[] {0.7, 0.5}, new double[0]);

        assertThat(curves.auc()).isNull();
        assertThat(curves.roc()).isEmpty();
    }

    @Test
    void roc_runs_from_origin_to_one_one_through_each_threshold() {
        var curves = new Curves(new double[] {0.9, 0.6}, new double[] {0.6, 0.1});

        assertThat(curves.roc()).containsExactly(new Point(0, 0), new Point(0, 0.5), new Point(0.5, 1),
                new Point(1, 1));
    }

    @Test
    void long_roc_curves_are_thinned_to_200_points_keeping_the_ends() {
        var pos = new double[600];
        var neg = new double[600];
        for (int i = 0; i < 600; i++) {
            pos[i] = (i + 0.5) / 600;
            neg[i] = i / 700.0;
        }
        var roc = new Curves(pos, neg).roc();

        assertThat(roc).hasSize(Curves.MAX_ROC_POINTS);
        assertThat(roc.getFirst()).isEqualTo(new Point(0, 0));
        assertThat(roc.getLast()).isEqualTo(new Point(1, 1));
        for (int i = 1; i < roc.size(); i++) {
            assertThat(roc.get(i).x()).isGreaterThanOrEqualTo(roc.get(i - 1).x());
            assertThat(roc.get(i).y()).isGreaterThanOrEqualTo(roc.get(i - 1).y());
        }
    }

    @Test
    void calibration_bins_hold_mean_score_and_observed_share() {
        var calibration = new Curves(new double[] {0.15, 0.95, 1.0}, new double[] {0.05, 0.11, 0.9}).calibration();

        assertThat(calibration).hasSize(3);
        assertThat(calibration.get(0)).isEqualTo(new Bin(0.05, 0, 1));
        assertThat(calibration.get(1).predicted()).isCloseTo(0.13, within(1e-12));
        assertThat(calibration.get(1).observed()).isEqualTo(0.5);
        assertThat(calibration.get(2).n()).as("0.9, 0.95 and 1.0 share the top bin").isEqualTo(3);
        assertThat(calibration.get(2).observed()).isCloseTo(2 / 3.0, within(1e-12));
    }
}
