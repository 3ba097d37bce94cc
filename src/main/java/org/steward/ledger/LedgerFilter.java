package org.steward.ledger;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Narrows the ledger listing; every part is optional. Actor and action match exactly, the subject by prefix
 * (e.g. {@code model:} or {@code user:alice}); the dates are whole UTC days, both inclusive.
 */
public record LedgerFilter(@Nullable String actor, @Nullable String action, @Nullable String subjectPrefix,
                           @Nullable LocalDate from, @Nullable LocalDate to) {

    public static final LedgerFilter NONE = new LedgerFilter(null, null, null, null, null);
}
