package org.steward.fairness.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.steward.fairness.measure.Measure.DEMOGRAPHIC_PARITY_DIFFERENCE;
import static org.steward.fairness.measure.Measure.DEMOGRAPHIC_PARITY_RATIO;
import static org.steward.fairness.measure.Measure.DISPARATE_IMPACT;
import static org.steward.fairness.measure.Measure.EQUALIZED_ODDS_DIFFERENCE;
import static org.steward.fairness.measure.Measure.EQUALIZED_ODDS_RATIO;
import static org.steward.fairness.measure.Measure.EQUAL_OPPORTUNITY_DIFFERENCE;

import java.util.Map;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.steward.fairness.measure.FairnessResult.AttributeResult;
import org.steward.fairness.measure.FairnessResult.GroupResult;

/** Rates and measures against src/test/python/fairness_reference.py (numpy/scipy), to 1e-9. */
class FairnessReferenceTest {

    private static final Offset<Double> EPS = within(1e-9);

    private static FairnessResult evaluate(Map<String, String> references, boolean intersections) {
        return FairnessEvaluation.evaluate(ReferenceData.data(), ReferenceData.policy(references, intersections,
                MeasureLimit.of(DISPARATE_IMPACT, 0.8)), new BootstrapSettings(200, 0.95, 7));
    }

    private static void assertGroup(GroupResult g, int n, double sr, double tpr, double fpr, double precision,
                                    double accuracy, double auc) {
        assertThat(g.n()).isEqualTo(n);
        assertThat(g.selectionRate().value()).isCloseTo(sr, EPS);
        assertThat(g.tpr().value()).isCloseTo(tpr, EPS);
        assertThat(g.fpr().value()).isCloseTo(fpr, EPS);
        assertThat(g.precision().value()).isCloseTo(precision, EPS);
        assertThat(g.accuracy().value()).isCloseTo(accuracy, EPS);
        assertThat(g.metric().value()).isCloseTo(auc, EPS);
    }

    private static void assertMeasures(AttributeResult a, double dpd, double dpr, double eod, double eor,
                                       double eopp, double di) {
        assertThat(a.measure(DEMOGRAPHIC_PARITY_DIFFERENCE).orElseThrow().value().value()).isCloseTo(dpd, EPS);
        assertThat(a.measure(DEMOGRAPHIC_PARITY_RATIO).orElseThrow().value().value()).isCloseTo(dpr, EPS);
        assertThat(a.measure(EQUALIZED_ODDS_DIFFERENCE).orElseThrow().value().value()).isCloseTo(eod, EPS);
        assertThat(a.measure(EQUALIZED_ODDS_RATIO).orElseThrow().value().value()).isCloseTo(eor, EPS);
        assertThat(a.measure(EQUAL_OPPORTUNITY_DIFFERENCE).orElseThrow().value().value()).isCloseTo(eopp, EPS);
        assertThat(a.measure(DISPARATE_IMPACT).orElseThrow().value().value()).isCloseTo(di, EPS);
    }

    @Test
    void group_rates_and_auc_match_numpy() {
        var sex = evaluate(Map.of(), false).attribute("sex").orElseThrow();

        assertGroup(sex.group("a").orElseThrow(), 100, 0.43, 0.5862068965517241, 0.36619718309859156,
                0.3953488372093023, 0.62, 0.7285089849441476);
        assertGroup(sex.group("b").orElseThrow(), 100, 0.48, 0.6046511627906976, 0.38596491228070173,
                0.5416666666666666, 0.61, 0.7243982048143615);
        assertGroup(sex.group("c").orElseThrow(), 100, 0.51, 0.6140350877192983, 0.37209302325581395,
                0.6862745098039216, 0.62, 0.7288861689106487);
    }

    @Test
    void measures_between_groups_match_numpy() {
        var sex = evaluate(Map.of(), false).attribute("sex").orElseThrow();

        assertThat(sex.reference()).isNull();
        assertMeasures(sex, 0.08000000000000002, 0.8431372549019608, 0.02782819116757418, 0.9487836107554418,
                0.02782819116757418, 0.8431372549019608);
        assertThat(sex.measure(DISPARATE_IMPACT).orElseThrow().groupValues())
                .extracting(FairnessResult.GroupValue::value)
                .satisfiesExactly(a -> assertThat(a).isCloseTo(0.8431372549019608, EPS),
                        b -> assertThat(b).isCloseTo(0.9411764705882353, EPS),
                        c -> assertThat(c).isCloseTo(1.0, EPS));
        assertThat(sex.measure(DEMOGRAPHIC_PARITY_DIFFERENCE).orElseThrow().worstGroups()).containsExactly("a", "c");
    }

    @Test
    void measures_against_a_reference_group_match_numpy() {
        var sex = evaluate(Map.of("sex", "b"), false).attribute("sex").orElseThrow();

        assertThat(sex.reference()).isEqualTo("b");
        assertMeasures(sex, 0.04999999999999999, 0.8958333333333334, 0.019767729182110172, 0.9487836107554418,
                0.01844426623897355, 0.8958333333333334);
        assertThat(sex.measure(DISPARATE_IMPACT).orElseThrow().groupValues())
                .extracting(FairnessResult.GroupValue::value)
                .satisfiesExactly(a -> assertThat(a).isCloseTo(0.8958333333333334, EPS),
                        b -> assertThat(b).isCloseTo(1.0, EPS),
                        c -> assertThat(c).isCloseTo(1.0625, EPS));
    }

    @Test
    void intersections_match_numpy() {
        var result = evaluate(Map.of(), true);

        assertThat(result.attributes()).extracting(AttributeResult::name)
                .containsExactly("sex", "age", "sex × age");
        var cross = result.attribute("sex × age").orElseThrow();
        assertThat(cross.intersection()).isTrue();
        assertThat(cross.groups()).extracting(GroupResult::group).containsExactly("a × old", "a × young",
                "b × old", "b × young", "c × old", "c × young");
        assertGroup(cross.group("a × old").orElseThrow(), 50, 0.42, 0.5333333333333333, 0.37142857142857144,
                0.38095238095238093, 0.6, 0.7228571428571429);
        assertGroup(cross.group("b × young").orElseThrow(), 50, 0.48, 0.5714285714285714, 0.41379310344827586,
                0.5, 0.58, 0.7052545155993432);
        assertMeasures(cross, 0.10000000000000003, 0.8076923076923076, 0.10952380952380958, 0.8296296296296296,
                0.10952380952380958, 0.8076923076923076);
        assertThat(cross.curves()).as("curves are drawn for single attributes only").isEmpty();
    }

    @Test
    void percentile_intervals_interpolate_as_numpy() {
        var x = new double[1000];
        for (int k = 0; k < x.length; k++) {
            x[k] = ((k * 7919) % 1000) / 997.0;
        }
        var ci = Percentiles.interval(0.5, x, 0.95);

        assertThat(ci.low()).isCloseTo(0.025050150451354065, EPS);
        assertThat(ci.high()).isCloseTo(0.9769558676028084, EPS);
    }
}
