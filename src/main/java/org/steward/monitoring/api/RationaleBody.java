package org.steward.monitoring.api;

import com.fasterxml.jackson.annotation.JsonAlias;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/** Why monitoring raw data is erased; {@code reason} is accepted as well as {@code rationale}. */
record RationaleBody(@Schema(description = "why, in a sentence (e.g. the request it answers); recorded in the ledger")
                     @JsonAlias("reason") @Nullable String rationale) {

    String text() {
        return rationale == null ? "" : rationale;
    }
}
