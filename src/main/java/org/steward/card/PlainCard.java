package org.steward.card;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A published card in plain language for the people its model affects. Every sentence is written from the frozen
 * card, except {@code health}, which is the model's monitoring status now.
 *
 * @param correctOutOf100 how many of 100 cases the model got right in testing, for the simple picture; null when
 *                        the model's task has no "right" (regression) or it was not measured
 * @param limitations     the authored limitations, as safe HTML rendered from markdown (null when none)
 * @param howToContest    the authored way to contest a decision, as safe HTML (null when not written)
 */
public record PlainCard(long cardId, long modelId, String modelName, String versionLabel, int cardNumber,
                        String purpose, @Nullable String notFor, String looksAt, String howWell,
                        @Nullable Integer correctOutOf100, List<String> lessAccurateFor, String contest,
                        @Nullable String howToContest, @Nullable String limitations, String health,
                        String lastReview, @Nullable String nextReview, @Nullable String contact) {

    public PlainCard {
        lessAccurateFor = List.copyOf(lessAccurateFor);
    }
}
