package org.steward.card;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.steward.fairness.measure.FairnessResult.Estimate;
import org.steward.fairness.measure.FairnessResult.GroupResult;

/** Which groups a card names as "less accurate for". */
class CardComposerShortfallTest {

    private static GroupResult group(String name, double accuracy, double mae, boolean small) {
        return new GroupResult(name, 100, null, null, Estimate.NONE, Estimate.NONE, Estimate.NONE, Estimate.NONE,
                Estimate.of(accuracy), Estimate.of(mae), small);
    }

    @Test
    void groups_at_least_two_points_below_the_best_are_named_worst_first_and_small_groups_are_left_out() {
        var groups = List.of(group("a", 0.90, 0, false), group("b", 0.885, 0, false), group("c", 0.85, 0, false),
                group("d", 0.87, 0, false), group("tiny", 0.40, 0, true));

        var shortfalls = CardComposer.shortfalls("region", groups, false);

        assertThat(shortfalls).extracting(CardContent.Shortfall::group).containsExactly("c", "d");
        assertThat(shortfalls.getFirst().bestGroup()).isEqualTo("a");
    }

    @Test
    void for_an_error_metric_groups_with_ten_percent_more_error_than_the_best_are_named() {
        var groups = List.of(group("a", 0, 2.0, false), group("b", 0, 2.1, false), group("c", 0, 2.3, false));

        assertThat(CardComposer.shortfalls("region", groups, true)).extracting(CardContent.Shortfall::group)
                .containsExactly("c");
    }
}
