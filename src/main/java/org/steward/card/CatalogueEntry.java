package org.steward.card;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.steward.register.ApprovalStatus;

/** One row of the card catalogue: a published card of a model version end users may see. */
public record CatalogueEntry(long cardId, long modelId, String modelName, @Nullable String description,
                             String businessDomain, String versionLabel, int number, ApprovalStatus status,
                             @Nullable Instant publishedAt) {
}
