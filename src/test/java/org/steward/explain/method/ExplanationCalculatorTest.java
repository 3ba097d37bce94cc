package org.steward.explain.method;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.steward.base.InvalidInputException;
import org.steward.dataset.Progress;
import org.steward.dataset.ScoredSample.Feature;
import org.steward.explain.method.ExplanationReport.FeatureImportance;

/** The surrogate explanation on models of known structure. */
class ExplanationCalculatorTest {

    private static final ExplanationSettings SETTINGS = ExplanationSettings.DEFAULT;

    private static ExplanationCalculator.Result linear() {
        return ExplanationCalculator.compute(Synthetic.linear(2000, 0.1, 7), SETTINGS, Progress.NONE);
    }

    private static FeatureImportance feature(ExplanationReport report, String name) {
        return report.features().stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void ranks_the_features_of_a_linear_model_with_their_signs_and_finds_the_irrelevant_one() {
        var report = linear().report();

        assertThat(report.features()).extracting(FeatureImportance::name).containsExactly("x1", "x2", "x3");
        assertThat(feature(report, "x1").direction()).isGreaterThan(0.95);
        assertThat(feature(report, "x2").direction()).isLessThan(-0.95);
        // uniform x on [0, 1]: the exact mean |SHAP| of a·x is |a|·E|x − ½| = |a|/4, i.e. 0.75 and 0.5; a forest
        // flattens the extremes (its leaves average their rows), so its values come out somewhat lower
        var x1 = feature(report, "x1").meanAbsContribution();
        var x2 = feature(report, "x2").meanAbsContribution();
        assertThat(x1).isBetween(0.75 * 0.8, 0.75);
        assertThat(x2).isBetween(0.5 * 0.8, 0.5);
        assertThat(x1 / x2).isCloseTo(1.5, within(0.15));
        assertThat(feature(report, "x3").share()).isLessThan(0.03);
        assertThat(feature(report, "x3").permutationMean()).isCloseTo(0, within(0.01));
        // shuffling x of variance 1/12: R² drops by about 2·a²/12 / Var(output) = 2·9/12 / (13/12 + 0.01)
        assertThat(feature(report, "x1").permutationMean()).isGreaterThan(1.0);
        assertThat(feature(report, "x1").permutationSd()).isPositive();
    }

    @Test
    void shap_values_add_up_to_the_surrogate_prediction() {
        var result = linear();
        var report = result.report();

        assertThat(report.additivityError()).isLessThan(1e-9);
        // the base value is the forest's average prediction, near the output's mean of 3/2 − 1 = 0.5
        assertThat(report.baseValue()).isCloseTo(0.5, within(0.1));
        var row = new double[] {0.9, 0.1, 0.5};
        var phi = result.surrogate().shap(row);
        assertThat(result.surrogate().base() + phi[0] + phi[1] + phi[2])
                .isCloseTo(result.surrogate().predict(row), within(1e-9));
    }

    @Test
    void a_faithful_surrogate_is_reliable() {
        var fidelity = linear().report().fidelity();

        assertThat(fidelity.r2()).isGreaterThan(0.9);
        assertThat(fidelity.reliable()).isTrue();
        assertThat(fidelity.agreement()).isNull();
    }

    @Test
    void the_partial_dependence_of_a_linear_feature_is_linear_with_its_slope() {
        var pdp = linear().report().partialDependence().stream().filter(p -> p.name().equals("x1")).findFirst()
                .orElseThrow();

        var fit = leastSquares(pdp.grid(), pdp.average());
        assertThat(fit[1]).isCloseTo(3, within(0.45));
        assertThat(fit[2]).as("R² of a straight line through the PDP").isGreaterThan(0.97);
        assertThat(pdp.ice().length).isEqualTo(PartialDependenceCurves.ICE_CURVES);
    }

    @Test
    void a_model_whose_output_is_noise_gets_a_surrogate_of_low_fidelity_marked_not_reliable() {
        var report = ExplanationCalculator.compute(Synthetic.noise(2000, 3), SETTINGS, Progress.NONE).report();

        assertThat(report.fidelity().r2()).isLessThan(0.1);
        assertThat(report.reliable()).isFalse();
        assertThat(report.summary()).contains("Not reliable");
    }

    @Test
    void rules_of_a_shallow_tree_name_the_driving_feature_and_have_their_own_fidelity() {
        var rules = linear().report().rules();

        assertThat(rules.rules()).hasSizeBetween(2, 8);
        assertThat(rules.rules().getFirst().conditions()).anyMatch(c -> c.startsWith("x1 > "));
        assertThat(rules.r2()).isBetween(0.5, 0.95);
        assertThat(rules.rules().stream().mapToInt(ExplanationReport.Rule::rows).sum()).isEqualTo(1400);
    }

    @Test
    void the_summary_names_the_drivers_and_the_feature_without_influence() {
        var summary = linear().report().summary();

        assertThat(summary).startsWith("x1 and x2 drive most of the output")
                .contains("higher x1 raises it", "higher x2 lowers it", "x3 has little influence overall")
                .contains("reliable");
    }

    @Test
    void refuses_a_sample_too_small_constant_columns_and_too_many_levels_naming_each() {
        var small = Synthetic.linear(100, 0.1, 1);
        var constant = new double[100];
        var levels = new String[100];
        for (var i = 0; i < levels.length; i++) {
            levels[i] = "shop-" + i;
        }
        var bad = Synthetic.withFeatures(small, List.of(small.features().getFirst(),
                new Feature("flat", constant, null), new Feature("shop", null, levels),
                new Feature("country", null, java.util.Collections.nCopies(100, "FR").toArray(String[]::new))));

        assertThatThrownBy(() -> ExplanationCalculator.compute(bad, SETTINGS, Progress.NONE))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("sample", "has 100 rows; a surrogate needs at least 200 to be fitted on part "
                                + "of them and checked on the rest")
                        .containsEntry("features[flat]", "column 'flat' is constant (0 in every row): it cannot "
                                + "explain anything; drop it from the features")
                        .containsEntry("features[shop]", "categorical column 'shop' has 100 levels; at most 50 are "
                                + "explained (group rare levels or drop it from the features)")
                        .containsEntry("features[country]", "column 'country' is constant ('FR' in every row): it "
                                + "cannot explain anything; drop it from the features"));
    }

    @Test
    void refuses_an_all_missing_column() {
        var sample = Synthetic.linear(300, 0.1, 1);
        var missing = new double[300];
        java.util.Arrays.fill(missing, Double.NaN);
        var bad = Synthetic.withFeatures(sample, List.of(sample.features().getFirst(),
                new Feature("empty", missing, null)));

        assertThatThrownBy(() -> ExplanationCalculator.compute(bad, SETTINGS, Progress.NONE))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys("features[empty]"));
    }

    @Test
    void categorical_features_are_explained_by_their_levels() {
        var sample = Synthetic.linear(1500, 0.05, 11);
        var x1 = sample.features().getFirst().numeric();
        var group = new String[x1.length];
        var output = new double[x1.length];
        for (var i = 0; i < x1.length; i++) {
            group[i] = i % 3 == 0 ? "north" : i % 3 == 1 ? "south" : "west";
            output[i] = x1[i] + ("south".equals(group[i]) ? 2 : 0);
        }
        var data = Synthetic.regression(output, List.of(sample.features().getFirst(),
                new Feature("region", null, group)));

        var report = ExplanationCalculator.compute(data, SETTINGS, Progress.NONE).report();

        assertThat(report.features().getFirst().name()).isEqualTo("region");
        assertThat(report.features().getFirst().categorical()).isTrue();
        var pdp = report.partialDependence().getFirst();
        assertThat(pdp.levels()).containsExactly("north", "south", "west");
        assertThat(pdp.average()[1] - pdp.average()[0]).isCloseTo(2, within(0.2));
        assertThat(report.rules().rules()).anyMatch(r -> r.conditions().contains("region = south"));
    }

    /** Intercept, slope and R² of the least-squares line. */
    private static double[] leastSquares(double[] x, double[] y) {
        var n = x.length;
        var mx = java.util.Arrays.stream(x).average().orElseThrow();
        var my = java.util.Arrays.stream(y).average().orElseThrow();
        var sxy = 0.0;
        var sxx = 0.0;
        var syy = 0.0;
        for (var i = 0; i < n; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        var slope = sxy / sxx;
        return new double[] {my - slope * mx, slope, sxy * sxy / (sxx * syy)};
    }
}
