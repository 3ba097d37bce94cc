package org.steward.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.steward.drift.DriftCriterion;
import org.steward.drift.DriftTest;

/**
 * Worked cases of the evaluation. Expected p-values from SciPy 1.17: ks_2samp(arange(100), arange(50, 149)) (exact,
 * as n·m is below 10,000) and chi2_contingency([[50, 30, 20], [30, 30, 39]], correction=False); percentiles are
 * NumPy's default (linear).
 */
class EvaluatorTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    /** x = 0..99, colour a × 50, b × 30, c × 20, output x / 100. */
    private static BaselineSummary baseline() {
        return BaselineBuilder.summarise(rows(100, i -> i, i -> i < 50 ? "a" : i < 80 ? "b" : "c"), 10_000);
    }

    private static List<ObservationRow> rows(int n, IntFunction<Object> x, IntFunction<String> colour) {
        var rows = new ArrayList<ObservationRow>();
        for (int i = 0; i < n; i++) {
            var cells = new LinkedHashMap<String, Cell>();
            var value = x.apply(i);
            cells.put("x", value == null ? Cell.MISSING : value instanceof Number number
                    ? Cell.of(number.doubleValue()) : Cell.of(value.toString()));
            cells.put("colour", Cell.of(colour.apply(i)));
            rows.add(new ObservationRow("r" + i, cells, ((Number) (value instanceof Number ? value : 0)).doubleValue()
                    / 100, null, null, false));
        }
        return rows;
    }

    private static EvaluationResult evaluate(List<ObservationRow> rows, MonitoringPolicySpec spec) {
        return Evaluator.evaluate(baseline(), new Window(rows, 1, T0, T0), spec, 0, null, "");
    }

    private static EvaluationResult.FeatureDrift feature(EvaluationResult result, String name) {
        return result.features().stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void a_window_like_its_baseline_is_green_with_no_drift() {
        var result = evaluate(rows(100, i -> i, i -> i < 50 ? "a" : i < 80 ? "b" : "c"),
                MonitoringPolicySpec.DEFAULTS);

        assertThat(result.status()).isEqualTo(MonitoringStatus.GREEN);
        assertThat(result.findings()).isEmpty();
        var x = feature(result, "x");
        assertThat(x.test()).isEqualTo(DriftTest.KS_P_VALUE);
        assertThat(x.value()).isEqualTo(1.0);
        assertThat(x.drifted()).isFalse();
        assertThat(feature(result, "colour").test()).isEqualTo(DriftTest.CHI_SQUARE_P_VALUE);
        assertThat(feature(result, "colour").value()).isCloseTo(1.0, within(1e-12));
        assertThat(result.quality().missingRate()).isZero();
    }

    @Test
    void shifted_features_drift_by_their_default_tests_and_turn_the_status_red() {
        var result = evaluate(rows(99, i -> 50 + i, i -> i < 30 ? "a" : i < 60 ? "b" : "c"), spec(0.3, 50));

        var x = feature(result, "x");
        assertThat(x.value()).isCloseTo(5.012323023576719e-12, within(1e-22));
        assertThat(x.drifted()).isTrue();
        assertThat(x.threshold()).isEqualTo(0.05);
        var colour = feature(result, "colour");
        assertThat(colour.value()).isCloseTo(0.0038605338785828464, within(1e-15));
        assertThat(colour.drifted()).isTrue();
        assertThat(x.severity()).isGreaterThan(colour.severity()).isGreaterThan(1);
        assertThat(result.status()).isEqualTo(MonitoringStatus.RED);
        assertThat(result.findings()).extracting(EvaluationResult.Finding::reason)
                .contains("2 of 2 features drifted (x, colour), at least 30.0% of them")
                .contains("Rate of out-of-range values 49.5% exceeds the RED limit 5.0%");
        assertThat(result.prediction().drifted()).isTrue();
    }

    @Test
    void one_drifted_feature_of_two_is_amber_under_a_policy_that_needs_more_for_red() {
        var spec = withDriftRedShare(0.6);
        var result = evaluate(rows(100, i -> i, i -> i < 30 ? "a" : i < 60 ? "b" : "c"), spec);

        assertThat(result.status()).isEqualTo(MonitoringStatus.AMBER);
        assertThat(result.findings()).extracting(EvaluationResult.Finding::reason)
                .containsExactly("1 of 2 features drifted (colour)");
    }

    @Test
    void a_policy_override_changes_the_test_and_is_recorded() {
        var spec = psiOnX();
        var x = feature(Evaluator.evaluate(baseline(), new Window(rows(100, i -> i, i -> "a"), 1, T0, T0), spec, 4,
                null, ""), "x");

        assertThat(x.test()).isEqualTo(DriftTest.PSI);
        assertThat(x.threshold()).isEqualTo(0.2);
        assertThat(x.overridden()).isTrue();
        assertThat(x.value()).isCloseTo(0, within(1e-12));
    }

    @Test
    void on_a_sketch_baseline_psi_is_the_exact_one_from_the_decile_counts_the_baseline_kept() {
        var spec = psiOnX();
        // 30,000 distinct values: far more than a k = 2000 sketch keeps, so the sketch alone would be approximate
        var reference = rows(30_000, i -> (i * 7_919L) % 30_000, i -> "a");
        var window = new Window(rows(30_000, i -> (i * 7_919L) % 30_000 * 1.05 + 400, i -> "a"), 1, T0, T0);

        var exact = feature(Evaluator.evaluate(BaselineBuilder.summarise(reference, 1_000_000), window, spec, 4,
                null, ""), "x");
        var sketched = BaselineBuilder.summarise(reference, 100);
        var onSketch = feature(Evaluator.evaluate(sketched, window, spec, 4, null, ""), "x");

        assertThat(sketched.feature("x").orElseThrow().exact()).isNull();
        assertThat(onSketch.exact()).isFalse();
        assertThat(exact.exact()).isTrue();
        assertThat(exact.value()).isGreaterThan(0.01);
        assertThat(onSketch.value()).isCloseTo(exact.value(), within(1e-12));
    }

    @Test
    void data_quality_counts_missing_values_type_errors_unseen_categories_and_duplicate_request_ids() {
        var rows = new ArrayList<>(rows(100, i -> i < 10 ? null : i < 12 ? "text" : i,
                i -> i < 3 ? "zebra" : "a"));
        rows.set(99, new ObservationRow("r0", rows.get(99).features(), 0.5, null, null, false));
        var result = evaluate(rows, withDriftRedShare(1));

        var q = result.quality();
        assertThat(q.missingRate()).isEqualTo(10.0 / 200);
        assertThat(q.typeErrorRate()).isEqualTo(2.0 / 90);
        assertThat(q.unseenRate()).isEqualTo(3.0 / 100);
        assertThat(q.duplicateRequestIds()).isEqualTo(1);
        assertThat(q.features()).contains(new EvaluationResult.FeatureQuality("x", 10, 0, 0, 2));
        assertThat(result.findings()).extracting(EvaluationResult.Finding::reason)
                .contains("Rate of type errors 2.2% exceeds the RED limit 1.0%",
                        "Rate of unseen categories 3.0% exceeds the AMBER limit 1.0%",
                        "Rate of duplicate request ids 1.0% exceeds the AMBER limit 0.0%");
        assertThat(result.status()).isEqualTo(MonitoringStatus.RED);
    }

    @Test
    void too_few_values_judge_no_drift() {
        var result = evaluate(rows(20, i -> 500 + i, i -> "c"), withDriftRedShare(1));

        assertThat(feature(result, "x").test()).isNull();
        assertThat(feature(result, "x").note()).isEqualTo("too few values to judge (20 < 100)");
    }

    @Test
    void latency_percentiles_error_rate_and_performance_decay_against_the_reference_auc() {
        var rows = new ArrayList<ObservationRow>();
        for (int i = 0; i < 100; i++) {
            // outcomes opposite to the score in the first 20 rows: AUC below 1
            double output = i / 100.0;
            double outcome = i >= 50 ? 1 : 0;
            if (i < 10) {
                outcome = 1;
            }
            rows.add(new ObservationRow("r" + i, Map.of("x", Cell.of(i), "colour", Cell.of("a")), output, outcome,
                    (double) (i + 1), i < 3));
        }
        var result = Evaluator.evaluate(baseline(), new Window(rows, 2, T0, T0.plusSeconds(1800)),
                withDriftRedShare(1), 0, 0.9, "validation");

        var ops = result.operational();
        assertThat(ops.latencyP50()).isCloseTo(50.5, within(1e-12));
        assertThat(ops.latencyP95()).isCloseTo(95.05, within(1e-12));
        assertThat(ops.latencyP99()).isCloseTo(99.01, within(1e-12));
        assertThat(ops.errorRate()).isEqualTo(0.03);
        assertThat(ops.throughputPerHour()).isEqualTo(200.0);
        var perf = result.performance();
        // 60 positives, 40 negatives: the 50 high positives rank above every negative, the 10 low ones below all
        assertThat(perf.auc()).isCloseTo(2000.0 / 2400, within(1e-12));
        assertThat(perf.drop()).isCloseTo(0.9 - 2000.0 / 2400, within(1e-12));
        assertThat(result.findings()).extracting(EvaluationResult.Finding::area).contains("performance", "operations");
    }

    @Test
    void a_category_fewer_than_five_rows_have_is_not_named_in_the_histogram_but_counted_in_a_shared_bin() {
        // 96 rows like the baseline's colours, then 3 rows of one customer's id and 1 row of another's
        var result = evaluate(rows(100, i -> i, i -> i >= 96 ? (i == 99 ? "cust-0042" : "cust-1337")
                : i < 50 ? "a" : i < 80 ? "b" : "c"), MonitoringPolicySpec.DEFAULTS);

        var histogram = feature(result, "colour").histogram();
        assertThat(histogram.bins()).containsExactly("a", "b", "c", Evaluator.RARE);
        assertThat(histogram.current().getLast()).isEqualTo(0.04);
        assertThat(histogram.reference().getLast()).isZero();
        assertThat(histogram.current().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1, within(1e-12));
        // the drift statistic itself still sees every category
        assertThat(result.quality().unseenRate()).isEqualTo(0.04);
    }

    private static MonitoringPolicySpec withDriftRedShare(double share) {
        return spec(share, MonitoringPolicySpec.DEFAULTS.minRows());
    }

    /** The defaults, with feature x judged by PSI against 0.2. */
    private static MonitoringPolicySpec psiOnX() {
        var base = MonitoringPolicySpec.DEFAULTS;
        return new MonitoringPolicySpec(base.windowBatches(), null, base.minRows(), base.driftRedShare(),
                Map.of("x", new DriftCriterion(DriftTest.PSI, 0.2)), base.missingRate(), base.outOfRangeRate(),
                base.unseenRate(), base.typeErrorRate(), base.duplicateRate(), base.aucDrop(), base.minOutcomes(),
                base.errorRate(), base.latencyP95Ms(), true);
    }

    private static MonitoringPolicySpec spec(double share, int minRows) {
        var b = MonitoringPolicySpec.DEFAULTS;
        return new MonitoringPolicySpec(b.windowBatches(), null, minRows, share, Map.of(), b.missingRate(),
                b.outOfRangeRate(), b.unseenRate(), b.typeErrorRate(), b.duplicateRate(), b.aucDrop(),
                b.minOutcomes(), b.errorRate(), b.latencyP95Ms(), true);
    }
}
