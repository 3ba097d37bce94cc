package org.steward.fairness.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.steward.fairness.measure.Measure.DEMOGRAPHIC_PARITY_DIFFERENCE;
import static org.steward.fairness.measure.Measure.DEMOGRAPHIC_PARITY_RATIO;
import static org.steward.fairness.measure.Measure.DISPARATE_IMPACT;
import static org.steward.fairness.measure.Measure.EQUALIZED_ODDS_DIFFERENCE;
import static org.steward.fairness.measure.Measure.EQUAL_OPPORTUNITY_DIFFERENCE;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.steward.dataset.ScoredSample;
import org.steward.dataset.Split;
import org.steward.dataset.TaskType;
import org.steward.fairness.measure.FairnessResult.MeasureResult;
import tools.jackson.databind.json.JsonMapper;

/** Verdicts, boundaries, reference modes, small groups, undefined measures and other tasks. */
class FairnessEvaluationTest {

    private static final BootstrapSettings NO_BOOTSTRAP = new BootstrapSettings(0, 0.95, 1);

    private static FairnessPolicySpec policy(MeasureLimit... limits) {
        return ReferenceData.policy(Map.of(), false, limits);
    }

    private static MeasureResult measure(FairnessResult r, String attribute, Measure m) {
        return r.attribute(attribute).orElseThrow().measure(m).orElseThrow();
    }

    @Test
    void four_fifths_exactly_passes_and_just_below_fails() {
        var exactly = new Groups().selected("x", 100, 40).selected("y", 50, 25).data("sex");
        var below = new Groups().selected("x", 100, 39).selected("y", 50, 25).data("sex");
        var rule = policy(MeasureLimit.of(DISPARATE_IMPACT, 0.8));

        var pass = FairnessEvaluation.evaluate(exactly, rule, NO_BOOTSTRAP);
        var fail = FairnessEvaluation.evaluate(below, rule, NO_BOOTSTRAP);

        assertThat(measure(pass, "sex", DISPARATE_IMPACT).value().value()).isEqualTo(0.8);
        assertThat(measure(pass, "sex", DISPARATE_IMPACT).verdict()).isEqualTo(Verdict.PASS);
        assertThat(pass.verdict()).isEqualTo(Verdict.PASS);
        var failed = measure(fail, "sex", DISPARATE_IMPACT);
        assertThat(failed.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(failed.value().value()).isEqualTo(0.78);
        assertThat(failed.worstGroups()).containsExactly("x");
        assertThat(failed.reason()).isEqualTo("0.78 is below the limit 0.80 ('x')");
        assertThat(fail.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(fail.failing()).containsExactly("Disparate impact (four-fifths rule) on sex: 0.78 (limit ≥ 0.80)");
    }

    @Test
    void intersections_asked_for_with_a_single_attribute_give_a_warning() {
        var data = new Groups().selected("x", 100, 40).selected("y", 100, 50).data("sex");

        var result = FairnessEvaluation.evaluate(data,
                ReferenceData.policy(Map.of(), true, MeasureLimit.of(DISPARATE_IMPACT, 0.8)), NO_BOOTSTRAP);

        assertThat(result.warnings()).contains("Intersections asked for, but there is only one sensitive attribute");
    }

    @Test
    void a_difference_exactly_on_its_limit_passes() {
        // selection rates 0.42 and 0.52: numpy's float subtraction gives 0.10000000000000003, the counts give 0.1
        var data = new Groups().selected("x", 50, 21).selected("y", 50, 26).data("sex");

        var result = FairnessEvaluation.evaluate(data, policy(MeasureLimit.of(DEMOGRAPHIC_PARITY_DIFFERENCE, 0.1)),
                NO_BOOTSTRAP);

        assertThat(measure(result, "sex", DEMOGRAPHIC_PARITY_DIFFERENCE).value().value()).isEqualTo(0.1);
        assertThat(result.verdict()).isEqualTo(Verdict.PASS);
    }

    @Test
    void measures_outside_the_policy_are_reported_without_a_verdict() {
        var data = new Groups().selected("x", 100, 40).selected("y", 100, 50).data("sex");

        var result = FairnessEvaluation.evaluate(data, policy(MeasureLimit.of(DISPARATE_IMPACT, 0.8)), NO_BOOTSTRAP);

        var dpd = measure(result, "sex", DEMOGRAPHIC_PARITY_DIFFERENCE);
        assertThat(dpd.value().value()).isEqualTo(0.1);
        assertThat(dpd.limit()).isNull();
        assertThat(dpd.verdict()).isNull();
        assertThat(result.attribute("sex").orElseThrow().measures()).hasSize(Measure.values().length);
    }

    @Test
    void a_reference_group_changes_what_groups_are_compared_with() {
        // selection rates: x 0.3, y 0.5, z 0.6
        var data = new Groups().selected("x", 100, 30).selected("y", 100, 50).selected("z", 100, 60).data("sex");
        var limits = new MeasureLimit[] {MeasureLimit.of(DISPARATE_IMPACT, 0.8)};

        var between = FairnessEvaluation.evaluate(data, policy(limits), NO_BOOTSTRAP);
        var againstY = FairnessEvaluation.evaluate(data, ReferenceData.policy(Map.of("sex", "y"), false, limits),
                NO_BOOTSTRAP);

        assertThat(measure(between, "sex", DEMOGRAPHIC_PARITY_DIFFERENCE).value().value()).isEqualTo(0.3);
        assertThat(measure(between, "sex", DISPARATE_IMPACT).value().value()).isEqualTo(0.5);
        assertThat(measure(between, "sex", DISPARATE_IMPACT).worstGroups()).as("groups below 0.8 of z's rate")
                .containsExactly("x");
        assertThat(againstY.attribute("sex").orElseThrow().reference()).isEqualTo("y");
        assertThat(measure(againstY, "sex", DEMOGRAPHIC_PARITY_DIFFERENCE).value().value()).isEqualTo(0.2);
        assertThat(measure(againstY, "sex", DEMOGRAPHIC_PARITY_DIFFERENCE).worstGroups()).containsExactly("x");
        // symmetric ratio: min(0.3/0.5, 0.5/0.3, 0.6/0.5, 0.5/0.6) = 0.6
        assertThat(measure(againstY, "sex", DEMOGRAPHIC_PARITY_RATIO).value().value()).isEqualTo(0.6);
        // one-sided: z is selected more often than y, which is no adverse impact
        assertThat(measure(againstY, "sex", DISPARATE_IMPACT).value().value()).isEqualTo(0.6);
        assertThat(measure(againstY, "sex", DISPARATE_IMPACT).groupValues())
                .extracting(FairnessResult.GroupValue::value).containsExactly(0.6, 1.0, 1.2);
    }

    @Test
    void a_missing_reference_group_falls_back_to_between_groups_with_a_warning() {
        var data = new Groups().selected("x", 100, 30).selected("y", 100, 50).data("sex");

        var result = FairnessEvaluation.evaluate(data, ReferenceData.policy(Map.of("sex", "male"), false,
                MeasureLimit.of(DISPARATE_IMPACT, 0.8)), NO_BOOTSTRAP);

        assertThat(result.attribute("sex").orElseThrow().reference()).isNull();
        assertThat(measure(result, "sex", DEMOGRAPHIC_PARITY_DIFFERENCE).value().value()).isEqualTo(0.2);
        assertThat(result.warnings()).containsExactly(
                "sex: reference group 'male' is not in the audited rows; compared between groups");
    }

    @Test
    void small_groups_are_shown_with_a_warning_but_not_compared() {
        var data = new Groups().selected("x", 100, 40).selected("y", 100, 45).selected("tiny", 12, 0).data("sex");

        var result = FairnessEvaluation.evaluate(data, policy(MeasureLimit.of(DISPARATE_IMPACT, 0.8)), NO_BOOTSTRAP);

        var tiny = result.attribute("sex").orElseThrow().group("tiny").orElseThrow();
        assertThat(tiny.small()).isTrue();
        assertThat(tiny.n()).isEqualTo(12);
        assertThat(tiny.selectionRate().value()).isEqualTo(0.0);
        assertThat(result.warnings()).containsExactly(
                "sex: group 'tiny' has 12 rows, fewer than 30: shown, not compared");
        assertThat(measure(result, "sex", DISPARATE_IMPACT).value().value()).isCloseTo(40 / 45.0,
                org.assertj.core.api.Assertions.within(1e-15));
        assertThat(result.verdict()).isEqualTo(Verdict.PASS);
    }

    @Test
    void fewer_than_two_large_groups_cannot_be_evaluated_and_say_which_are_too_small() {
        var data = new Groups().selected("x", 100, 40).selected("y", 20, 15).selected("z", 8, 1).data("sex");

        var result = FairnessEvaluation.evaluate(data, policy(MeasureLimit.of(DISPARATE_IMPACT, 0.8)), NO_BOOTSTRAP);

        var di = measure(result, "sex", DISPARATE_IMPACT);
        assertThat(di.verdict()).isEqualTo(Verdict.NOT_EVALUABLE);
        assertThat(di.value().value()).isNull();
        assertThat(di.reason()).isEqualTo("fewer than two groups have at least 30 rows (too small: 'y' n=20, 'z' n=8)");
        assertThat(result.verdict()).isEqualTo(Verdict.NOT_EVALUABLE);
        assertThat(result.notEvaluable()).containsExactly("Disparate impact (four-fifths rule) on sex: " + di.reason());
    }

    @Test
    void a_rate_of_0_over_0_makes_the_measures_using_it_undefined() {
        // group y has no actual positives: its TPR is 0/0
        var data = new Groups().group("x", 20, 10, 50, 20).group("y", 0, 30, 70, 0).data("sex");

        var result = FairnessEvaluation.evaluate(data, policy(MeasureLimit.of(DISPARATE_IMPACT, 0.8),
                MeasureLimit.of(EQUALIZED_ODDS_DIFFERENCE, 0.1)), NO_BOOTSTRAP);

        var eo = measure(result, "sex", EQUALIZED_ODDS_DIFFERENCE);
        assertThat(eo.verdict()).isEqualTo(Verdict.NOT_EVALUABLE);
        assertThat(eo.value()).isEqualTo(FairnessResult.Estimate.NONE);
        assertThat(eo.reason()).isEqualTo("group 'y' has no actual positives, so its TPR is 0/0");
        assertThat(measure(result, "sex", EQUAL_OPPORTUNITY_DIFFERENCE).value().value()).isNull();
        assertThat(result.attribute("sex").orElseThrow().group("y").orElseThrow().tpr().value()).isNull();
        assertThat(measure(result, "sex", DISPARATE_IMPACT).verdict()).isEqualTo(Verdict.PASS);
        assertThat(result.verdict()).isEqualTo(Verdict.NOT_EVALUABLE);
    }

    @Test
    void nobody_selected_makes_ratios_undefined() {
        var data = new Groups().selected("x", 50, 0).selected("y", 50, 0).data("sex");

        var result = FairnessEvaluation.evaluate(data, policy(MeasureLimit.of(DISPARATE_IMPACT, 0.8)), NO_BOOTSTRAP);

        assertThat(measure(result, "sex", DISPARATE_IMPACT).reason())
                .isEqualTo("no group is ever selected, so every ratio is 0/0");
        assertThat(measure(result, "sex", DEMOGRAPHIC_PARITY_RATIO).reason())
                .isEqualTo("every group's selection rate is 0, so the ratio is 0/0");
        assertThat(measure(result, "sex", DEMOGRAPHIC_PARITY_DIFFERENCE).value().value()).isZero();
    }

    @Test
    void a_fail_anywhere_fails_the_audit_even_if_another_measure_is_not_evaluable() {
        var data = new Groups().group("x", 20, 10, 50, 20).group("y", 0, 5, 95, 0).data("sex");

        var result = FairnessEvaluation.evaluate(data, policy(MeasureLimit.of(DISPARATE_IMPACT, 0.8),
                MeasureLimit.of(EQUALIZED_ODDS_DIFFERENCE, 0.1)), NO_BOOTSTRAP);

        assertThat(result.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(result.failing()).hasSize(1);
        assertThat(result.notEvaluable()).hasSize(1);
    }

    @Test
    void intersections_name_their_groups_by_both_attributes() {
        var sex = new String[] {"f", "f", "m", "m", "m"};
        var age = new String[] {"old", "young", "old", "old", "young"};
        var binary = new Outcomes.Binary(new boolean[5], new boolean[5], new double[5]);
        var data = new FairnessData(binary, List.of(Attribute.of("sex", sex), Attribute.of("age", age)), "All rows")
                .withIntersections();

        var cross = data.attributes().get(2);
        assertThat(cross.name()).isEqualTo("sex × age");
        assertThat(cross.groups()).containsExactly("f × old", "f × young", "m × old", "m × young");
        assertThat(cross.sizes()).containsExactly(1, 1, 2, 1);
        assertThat(cross.group()).containsExactly(0, 1, 2, 2, 3);
    }

    @Test
    void a_scored_sample_is_audited_on_its_test_rows_with_the_threshold_as_decision() {
        var sample = new ScoredSample(TaskType.BINARY, List.of("no", "yes"), "yes", 0.6,
                new double[] {0.9, 0.6, 0.59, 0.1, 0.95}, new double[] {1, 0, 1, 0, 1},
                new Split[] {Split.TEST, Split.TEST, Split.TEST, Split.TRAIN, Split.TEST},
                Map.of("sex", new String[] {"f", "m", "f", "m", "m"}), List.of());

        var data = FairnessData.of(sample, RowSelection.TEST);

        assertThat(data.rows()).isEqualTo(4);
        assertThat(data.selection()).isEqualTo("Test split");
        var binary = (Outcomes.Binary) data.outcomes();
        assertThat(binary.predicted()).containsExactly(true, true, false, true);
        assertThat(binary.actual()).containsExactly(true, false, true, true);
        assertThat(data.attributes().getFirst().groups()).containsExactly("f", "m");
        assertThat(data.attributes().getFirst().sizes()).containsExactly(2, 2);
        assertThat(FairnessData.of(sample, RowSelection.ALL).rows()).isEqualTo(5);
    }

    @Test
    void multiclass_models_get_accuracy_per_group_and_binary_measures_are_not_evaluable() {
        var predicted = new int[80];
        var actual = new int[80];
        var group = new String[80];
        for (int i = 0; i < 80; i++) {
            group[i] = i < 40 ? "f" : "m";
            actual[i] = i % 3;
            predicted[i] = (i < 40 ? i % 4 != 0 : i % 2 != 0) ? actual[i] : (actual[i] + 1) % 3;
        }
        var data = new FairnessData(new Outcomes.Multiclass(predicted, actual),
                List.of(Attribute.of("sex", group)), "All rows");

        var result = FairnessEvaluation.evaluate(data, policy(MeasureLimit.of(DISPARATE_IMPACT, 0.8)),
                new BootstrapSettings(300, 0.95, 5));

        assertThat(result.primaryMetric()).isEqualTo("Accuracy");
        var sex = result.attribute("sex").orElseThrow();
        assertThat(sex.group("f").orElseThrow().metric().value()).isEqualTo(0.75);
        assertThat(sex.group("m").orElseThrow().metric().value()).isEqualTo(0.5);
        assertThat(sex.group("f").orElseThrow().metric().hasInterval()).isTrue();
        assertThat(sex.metricGap()).isEqualTo(0.25);
        assertThat(sex.measures()).singleElement().satisfies(m -> {
            assertThat(m.verdict()).isEqualTo(Verdict.NOT_EVALUABLE);
            assertThat(m.reason()).isEqualTo("defined for binary classifiers only; this is a multiclass model");
        });
        assertThat(result.verdict()).isEqualTo(Verdict.NOT_EVALUABLE);
    }

    @Test
    void regression_models_get_the_mean_absolute_error_per_group() {
        var data = new FairnessData(new Outcomes.Regression(new double[] {1, 2, 3, 4}, new double[] {1, 3, 5, 4}),
                List.of(Attribute.of("sex", new String[] {"f", "f", "m", "m"})), "All rows");

        var result = FairnessEvaluation.evaluate(data, new FairnessPolicySpec(List.of(
                MeasureLimit.of(DISPARATE_IMPACT, 0.8)), null, null, 1, false, 365, null), NO_BOOTSTRAP);

        var sex = result.attribute("sex").orElseThrow();
        assertThat(sex.group("f").orElseThrow().metric().value()).isEqualTo(0.5);
        assertThat(sex.group("m").orElseThrow().metric().value()).isEqualTo(1.0);
        assertThat(result.primaryMetric()).isEqualTo("MAE");
    }

    @Test
    void results_serialise_to_json_without_nan_and_read_back_equal() {
        var data = new Groups().group("x", 20, 10, 50, 20).group("y", 0, 30, 70, 0).data("sex");
        var result = FairnessEvaluation.evaluate(data, policy(MeasureLimit.of(EQUALIZED_ODDS_DIFFERENCE, 0.1)),
                new BootstrapSettings(100, 0.95, 9));
        var json = JsonMapper.builder().build();

        var text = json.writeValueAsString(result);

        assertThat(text).doesNotContain("NaN").doesNotContain("Infinity");
        assertThat(json.readValue(text, FairnessResult.class)).isEqualTo(result);
    }

    @Test
    void invalid_policies_are_refused_with_the_reason_per_field() {
        var bad = new FairnessPolicySpec(List.of(MeasureLimit.of(DISPARATE_IMPACT, 1.2),
                new MeasureLimit(DEMOGRAPHIC_PARITY_DIFFERENCE, Direction.AT_LEAST, 0.1),
                MeasureLimit.of(DISPARATE_IMPACT, 0.8)), ReferenceMode.REFERENCE_GROUP, Map.of(), 0, false, 0,
                RowSelection.TEST);

        assertThat(bad.problems()).containsOnlyKeys("limits[0].limit", "limits[1].direction", "limits[2].measure",
                "minGroupSize", "reauditDays", "referenceGroups");
        assertThat(bad.problems().get("limits[1].direction"))
                .isEqualTo("Demographic parity difference must stay ≤ its limit");
        assertThat(new FairnessPolicySpec(List.of(), null, null, 30, false, 365, null).problems())
                .containsEntry("limits", "name at least one measure with its limit");
        assertThatThrownBy(() -> FairnessEvaluation.evaluate(ReferenceData.data(), bad, NO_BOOTSTRAP))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
