package org.steward.register;

import org.jspecify.annotations.Nullable;

/** Narrows the register list; every part is optional. Stage and status match any version of a model. */
public record RegisterFilter(@Nullable String text, @Nullable EuRiskCategory euRiskCategory,
                             @Nullable InternalRiskTier internalRiskTier, @Nullable Stage stage,
                             @Nullable ApprovalStatus status, @Nullable String owner) {

    public static final RegisterFilter NONE = new RegisterFilter(null, null, null, null, null, null);
}
