package org.steward.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.steward.demo.CreditSample.DEMO_SEED;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.steward.demo.CreditSample.Variant;

class CreditSampleTest {

    private static final int ROWS = CreditSample.DEFAULT_ROWS;

    /** One parsed line; the CSV has no quoting because no value contains a comma. */
    private record Row(String id, int age, long income, double debtRatio, int employment, int loans, String sex,
                       String ageBand, String split, double score, boolean repaid, String line) {

        static Row of(String line) {
            var f = line.split(",", -1);
            assertThat(f).as(line).hasSize(11);
            return new Row(f[0], Integer.parseInt(f[1]), Long.parseLong(f[2]), Double.parseDouble(f[3]),
                    Integer.parseInt(f[4]), Integer.parseInt(f[5]), f[6], f[7], f[8], Double.parseDouble(f[9]),
                    switch (f[10]) {
                        case "yes" -> true;
                        case "no" -> false;
                        default -> throw new AssertionError("repaid must be yes or no: " + line);
                    }, line);
        }

        boolean approved() {
            return score >= 0.5;
        }

        /** The line without its score. */
        String applicant() {
            var f = line.split(",", -1);
            f[9] = "";
            return String.join(",", f);
        }
    }

    private static List<Row> rows(long seed, Variant variant) {
        var lines = CreditSample.csv(seed, ROWS, variant).split("\n");
        return Arrays.stream(lines).skip(1).map(Row::of).toList();
    }

    @Test
    void the_same_seed_gives_the_same_text_and_another_seed_other_text() {
        var first = CreditSample.csv(DEMO_SEED, ROWS, Variant.BIASED);
        assertThat(CreditSample.csv(DEMO_SEED, ROWS, Variant.BIASED)).isEqualTo(first);
        assertThat(CreditSample.csv(DEMO_SEED + 1, ROWS, Variant.BIASED)).isNotEqualTo(first);
        // pinned so that a change of JDK or of the generator shows up here (StrictMath and SplitMix are specified)
        assertThat(first.lines().skip(1).limit(2)).containsExactly(
                "A000001,53,58500,0.429,10,1,female,over_50,train,0.6962,yes",
                "A000002,61,25200,0.336,9,0,female,over_50,test,0.4333,yes");
    }

    @Test
    void has_the_header_one_line_per_applicant_and_plausible_values() {
        var text = CreditSample.csv(DEMO_SEED, ROWS, Variant.FAIR);
        assertThat(text).startsWith(CreditSample.HEADER + "\n").endsWith("\n").doesNotContain("\"");
        assertThat(CreditSample.HEADER).isEqualTo("applicant_id,age,income,debt_ratio,employment_years,"
                + "existing_loans,sex,age_band,split,score,repaid");
        assertThat(text.lines().count()).isEqualTo(ROWS + 1);

        var rows = rows(DEMO_SEED, Variant.FAIR);
        assertThat(rows.getFirst().id()).isEqualTo("A000001");
        assertThat(rows.getLast().id()).isEqualTo("A004000");
        assertThat(rows.stream().map(Row::id).distinct().count()).isEqualTo(ROWS);
        for (var row : rows) {
            assertThat(row.age()).as(row.line()).isBetween(18, 80);
            assertThat(row.income()).as(row.line()).isPositive();
            assertThat(row.debtRatio()).as(row.line()).isBetween(0.0, 1.5);
            assertThat(row.employment()).as(row.line()).isBetween(0, row.age() - 18);
            assertThat(row.loans()).as(row.line()).isBetween(0, 5);
            assertThat(row.sex()).as(row.line()).isIn("female", "male");
            assertThat(row.ageBand()).as(row.line())
                    .isEqualTo(row.age() < 30 ? "under_30" : row.age() <= 50 ? "30_to_50" : "over_50");
            assertThat(row.split()).as(row.line()).isIn("train", "test", "holdout");
            assertThat(row.score()).as(row.line()).isBetween(0.0, 1.0);
            assertThat(row.line().split(",")[9]).as(row.line()).matches("[01]\\.\\d{4}");
        }
        // the income is spread like incomes are: the mean well above the median
        var incomes = rows.stream().mapToLong(Row::income).sorted().toArray();
        assertThat(Arrays.stream(incomes).average().orElseThrow()).isGreaterThan(incomes[ROWS / 2] * 1.05);
        assertThat(rows.stream().map(Row::ageBand).distinct()).hasSize(3);
    }

    @Test
    void splits_are_about_sixty_twenty_five_and_fifteen_percent() {
        var rows = rows(DEMO_SEED, Variant.FAIR);
        assertThat(share(rows, r -> r.split().equals("train"))).isCloseTo(0.60, within(0.03));
        assertThat(share(rows, r -> r.split().equals("test"))).isCloseTo(0.25, within(0.03));
        assertThat(share(rows, r -> r.split().equals("holdout"))).isCloseTo(0.15, within(0.03));
    }

    @Test
    void the_biased_model_fails_the_four_fifths_rule_for_women_who_repay_as_often_as_men() {
        var rows = rows(DEMO_SEED, Variant.BIASED);
        var women = rows.stream().filter(r -> r.sex().equals("female")).toList();
        var men = rows.stream().filter(r -> r.sex().equals("male")).toList();

        var selection = share(women, Row::approved) / share(men, Row::approved);
        var repayment = share(women, Row::repaid) / share(men, Row::repaid);
        assertThat(selection).isLessThan(0.8);
        assertThat(repayment).isGreaterThan(0.85);
        assertThat(ageBandRatio(rows)).isGreaterThanOrEqualTo(0.8);
    }

    @Test
    void the_fair_model_passes_on_sex_and_on_age_band() {
        var rows = rows(DEMO_SEED, Variant.FAIR);
        var women = rows.stream().filter(r -> r.sex().equals("female")).toList();
        var men = rows.stream().filter(r -> r.sex().equals("male")).toList();

        assertThat(share(women, Row::approved) / share(men, Row::approved)).isGreaterThan(0.9);
        assertThat(ageBandRatio(rows)).isGreaterThanOrEqualTo(0.8);
    }

    @Test
    void both_versions_score_the_same_applicants_and_only_women_differ() {
        var biased = rows(DEMO_SEED, Variant.BIASED);
        var fair = rows(DEMO_SEED, Variant.FAIR);
        var lower = 0L;
        for (var i = 0; i < ROWS; i++) {
            var b = biased.get(i);
            var f = fair.get(i);
            assertThat(b.applicant()).isEqualTo(f.applicant());
            if (b.sex().equals("male")) {
                assertThat(b.score()).isEqualTo(f.score());
            } else {
                assertThat(b.score()).isLessThanOrEqualTo(f.score());
                lower += b.score() < f.score() ? 1 : 0;
            }
        }
        assertThat(lower).isGreaterThan(biased.stream().filter(r -> r.sex().equals("female")).count() * 9 / 10);
    }

    @Test
    void the_score_ranks_test_applicants_well_and_training_rows_a_little_better() {
        for (var variant : Variant.values()) {
            var rows = rows(DEMO_SEED, variant);
            var test = auc(rows.stream().filter(r -> r.split().equals("test")).toList());
            var train = auc(rows.stream().filter(r -> r.split().equals("train")).toList());
            assertThat(test).as(variant + " test AUC").isBetween(0.75, 0.88);
            assertThat(train - test).as(variant + " overfitting gap").isBetween(0.005, 0.06);
        }
    }

    @Test
    void the_auc_helper_agrees_with_a_known_example() {
        // the example of scikit-learn's roc_auc_score documentation: 0.75
        assertThat(auc(List.of(row(0.1, false), row(0.4, false), row(0.35, true), row(0.8, true))))
                .isCloseTo(0.75, within(1e-12));
        // a tie between a positive and a negative counts a half
        assertThat(auc(List.of(row(0.5, false), row(0.5, true), row(0.9, true)))).isCloseTo(0.75, within(1e-12));
    }

    @Test
    void refuses_a_row_count_out_of_range() {
        assertThatThrownBy(() -> CreditSample.csv(1, 0, Variant.FAIR)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("rows must be between 1 and");
        assertThat(CreditSample.csv(1, 1, Variant.FAIR).lines().count()).isEqualTo(2);
    }

    // --- counting by hand ----------------------------------------------------------------------------------------

    private static double share(List<Row> rows, Predicate<Row> which) {
        return (double) rows.stream().filter(which).count() / rows.size();
    }

    /** Lowest over highest selection rate across the age bands. */
    private static double ageBandRatio(List<Row> rows) {
        Set<String> bands = new HashSet<>(rows.stream().map(Row::ageBand).toList());
        var rates = bands.stream()
                .mapToDouble(band -> share(rows.stream().filter(r -> r.ageBand().equals(band)).toList(),
                        Row::approved))
                .toArray();
        return Arrays.stream(rates).min().orElseThrow() / Arrays.stream(rates).max().orElseThrow();
    }

    /** ROC AUC by the Mann–Whitney rank formula, ties getting their average rank. */
    private static double auc(List<Row> rows) {
        var sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparingDouble(Row::score));
        var n = sorted.size();
        double positives = 0;
        double rankSum = 0;
        for (var i = 0; i < n; ) {
            var j = i;
            while (j + 1 < n && sorted.get(j + 1).score() == sorted.get(i).score()) {
                j++;
            }
            var rank = (i + j) / 2.0 + 1;
            for (var k = i; k <= j; k++) {
                if (sorted.get(k).repaid()) {
                    positives++;
                    rankSum += rank;
                }
            }
            i = j + 1;
        }
        var negatives = n - positives;
        return (rankSum - positives * (positives + 1) / 2) / (positives * negatives);
    }

    private static Row row(double score, boolean repaid) {
        return new Row("A", 30, 1, 0, 0, 0, "female", "30_to_50", "test", score, repaid, "");
    }
}
