package org.steward.register;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** One row of the register list, with the model's most recently registered version. */
public record ModelSummary(long id, String name, String businessDomain, String owner, EuRiskCategory euRiskCategory,
                           InternalRiskTier internalRiskTier, int versionCount, @Nullable String latestVersion,
                           @Nullable Stage latestStage, @Nullable ApprovalStatus latestStatus,
                           @Nullable LocalDate reviewDate) {
}
