package org.steward.cost;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import org.jspecify.annotations.Nullable;

/** A recorded cost as read from the ledger, in its own currency. */
public record CostEntryView(long id, long modelId, Details details, CostSource source, @Nullable String importKey,
                            String recordedBy, Instant recordedAt) {

    /** What a user enters about a cost: a day ({@code start == end}) or a period, and optionally the version. */
    public record Details(@Nullable String version, LocalDate start, LocalDate end, CostCategory category,
                          BigDecimal amount, Currency currency, @Nullable String note) {

        public Details {
            version = version == null || version.isBlank() ? null : version.strip();
            note = note == null || note.isBlank() ? null : note.strip();
        }
    }
}
