package org.steward.fairness.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.steward.fairness.measure.Measure.DEMOGRAPHIC_PARITY_DIFFERENCE;
import static org.steward.fairness.measure.Measure.DISPARATE_IMPACT;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The stratified bootstrap: deterministic per seed, and its intervals cover the truth about 95 % of the time. */
class BootstrapTest {

    private static final FairnessPolicySpec POLICY = ReferenceData.policy(Map.of(), false,
            MeasureLimit.of(DISPARATE_IMPACT, 0.8));

    @Test
    void the_same_seed_gives_the_same_intervals_and_another_seed_others() {
        var data = ReferenceData.data();

        var first = FairnessEvaluation.evaluate(data, POLICY, new BootstrapSettings(500, 0.95, 11));
        var again = FairnessEvaluation.evaluate(data, POLICY, new BootstrapSettings(500, 0.95, 11));
        var other = FairnessEvaluation.evaluate(data, POLICY, new BootstrapSettings(500, 0.95, 12));

        assertThat(again).isEqualTo(first);
        var dpd = first.attribute("sex").orElseThrow().measure(DEMOGRAPHIC_PARITY_DIFFERENCE).orElseThrow().value();
        var otherDpd = other.attribute("sex").orElseThrow().measure(DEMOGRAPHIC_PARITY_DIFFERENCE).orElseThrow()
                .value();
        assertThat(dpd.hasInterval()).isTrue();
        assertThat(dpd.low()).isLessThanOrEqualTo(dpd.value());
        assertThat(dpd.high()).isGreaterThanOrEqualTo(dpd.value());
        assertThat(otherDpd).isNotEqualTo(dpd);
        assertThat(otherDpd.value()).isEqualTo(dpd.value());
    }

    @Test
    void intervals_of_one_attribute_do_not_depend_on_auditing_intersections() {
        var data = ReferenceData.data();
        var settings = new BootstrapSettings(300, 0.95, 11);

        var alone = FairnessEvaluation.evaluate(data, POLICY, settings);
        var withPairs = FairnessEvaluation.evaluate(data, ReferenceData.policy(Map.of(), true,
                MeasureLimit.of(DISPARATE_IMPACT, 0.8)), settings);

        assertThat(withPairs.attribute("sex")).isEqualTo(alone.attribute("sex"));
    }

    /**
     * Draws 400 samples from a population where group x is selected with probability 0.30 and y with 0.40
     * (so the true demographic parity difference is 0.10), and counts how often the 95 % intervals contain
     * the true values. Percentile intervals of a proportion at these sizes cover about 94-95 %.
     */
    @Test
    void intervals_cover_the_true_value_about_95_percent_of_the_time() {
        var rng = new SplittableRandom(2024);
        int simulations = 400;
        int coveredRate = 0;
        int coveredDifference = 0;
        for (int s = 0; s < simulations; s++) {
            var result = FairnessEvaluation.evaluate(sample(rng, 200, 300), POLICY,
                    new BootstrapSettings(400, 0.95, s));
            var attribute = result.attribute("group").orElseThrow();
            var rate = attribute.group("x").orElseThrow().selectionRate();
            var dpd = attribute.measure(DEMOGRAPHIC_PARITY_DIFFERENCE).orElseThrow().value();
            if (rate.low() <= 0.30 && 0.30 <= rate.high()) {
                coveredRate++;
            }
            if (dpd.low() <= 0.10 && 0.10 <= dpd.high()) {
                coveredDifference++;
            }
        }
        assertThat(coveredRate / (double) simulations).isBetween(0.91, 0.98);
        assertThat(coveredDifference / (double) simulations).isBetween(0.90, 0.98);
    }

    private static FairnessData sample(SplittableRandom rng, int nx, int ny) {
        int n = nx + ny;
        var group = new String[n];
        var predicted = new boolean[n];
        var actual = new boolean[n];
        var score = new double[n];
        for (int i = 0; i < n; i++) {
            group[i] = i < nx ? "x" : "y";
            predicted[i] = rng.nextDouble() < (i < nx ? 0.30 : 0.40);
            actual[i] = rng.nextDouble() < (predicted[i] ? 0.7 : 0.3);
            score[i] = predicted[i] ? 0.75 : 0.25;
        }
        return new FairnessData(new Outcomes.Binary(predicted, actual, score),
                List.of(Attribute.of("group", group)), "All rows");
    }
}
