package org.steward.register.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.steward.base.Validation;
import org.steward.register.BusinessObjective;
import org.steward.register.EuRiskCategory;
import org.steward.register.InternalRiskTier;
import org.steward.register.Kpi;
import org.steward.register.ModelDetails;

/**
 * The body that registers or updates a model. The register validates every field and answers with all problems
 * at once; {@code version} is required on update and ignored on registration.
 */
record ModelRequest(
        @Nullable String name,
        @Nullable String description,
        @Nullable String businessDomain,
        @Schema(description = "user name of an active business owner") @Nullable String owner,
        @Nullable String developerTeam,
        @Nullable BusinessObjective objective,
        @Nullable List<@Nullable Kpi> kpis,
        @Nullable EuRiskCategory euRiskCategory,
        @Nullable InternalRiskTier internalRiskTier,
        @Nullable String riskJustification,
        @Nullable String intendedUse,
        @Nullable String outOfScopeUse,
        @Nullable List<@Nullable String> tags,
        @Nullable LocalDate reviewDate,
        @Schema(description = "on update: the version you read; a stale version is refused with 409")
        @Nullable Long version) {

    ModelDetails toDetails() {
        // ModelDetails' constructor cannot take null list elements: refuse them as field errors, not with a 500
        var errors = new LinkedHashMap<String, String>();
        if (tags != null && tags.contains(null)) {
            errors.put("tags", "must not contain null");
        }
        for (int i = 0; kpis != null && i < kpis.size(); i++) {
            if (kpis.get(i) == null) {
                errors.put("kpis[" + i + "]", "must not be null");
            }
        }
        Validation.throwIfAny(errors);
        return new ModelDetails(name, description, businessDomain, owner, developerTeam, objective, kpis,
                euRiskCategory, internalRiskTier, riskJustification, intendedUse, outOfScopeUse, tags, reviewDate);
    }
}
