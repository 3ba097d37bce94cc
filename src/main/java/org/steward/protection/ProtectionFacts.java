package org.steward.protection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The data-protection facts of a model, for its page, model cards and compliance checklists.
 *
 * @param retentionDays     how long raw samples are kept after upload, in days
 * @param retentionFromTier whether that is the default of the model's risk level (nothing set for the model)
 * @param legalHold         while set, no raw sample of the model is purged, neither by retention nor on request
 * @param updatedBy         who last changed them; null when nothing was recorded yet
 * @param version           the optimistic-lock version to send back on change (0 when nothing was recorded yet)
 */
public record ProtectionFacts(long modelId, @Nullable LawfulBasis lawfulBasis, @Nullable String dpiaReference,
                              @Nullable LocalDate dpiaDate, List<String> dataCategories, int retentionDays,
                              boolean retentionFromTier, boolean legalHold, @Nullable String legalHoldReason,
                              @Nullable String legalHoldBy, @Nullable Instant legalHoldAt, @Nullable String updatedBy,
                              @Nullable Instant updatedAt, long version) {

    public ProtectionFacts {
        dataCategories = List.copyOf(dataCategories);
    }

    /** Whether the facts a DPIA checklist asks for are recorded: lawful basis, DPIA reference and date, categories. */
    public boolean complete() {
        return lawfulBasis != null && dpiaReference != null && dpiaDate != null && !dataCategories.isEmpty();
    }
}
