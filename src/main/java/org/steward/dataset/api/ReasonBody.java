package org.steward.dataset.api;

import com.fasterxml.jackson.annotation.JsonAlias;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/** Why raw data is downloaded or erased; {@code rationale} is accepted as well as {@code reason}. */
record ReasonBody(@Schema(description = "why, in a sentence; recorded in the ledger") @JsonAlias("rationale")
                  @Nullable String reason) {

    String text() {
        return reason == null ? "" : reason;
    }
}
