package org.steward.protection;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * New data-protection facts of a model, as an owner or risk officer enters them.
 *
 * @param retentionDays how long raw samples are kept after upload; null for the default of the model's risk level
 */
public record ProtectionChange(@Nullable LawfulBasis lawfulBasis, @Nullable String dpiaReference,
                               @Nullable LocalDate dpiaDate, List<String> dataCategories,
                               @Nullable Integer retentionDays) {

    public ProtectionChange {
        dataCategories = dataCategories.stream().map(String::strip).filter(c -> !c.isEmpty()).distinct().toList();
        dpiaReference = dpiaReference == null || dpiaReference.isBlank() ? null : dpiaReference.strip();
    }
}
