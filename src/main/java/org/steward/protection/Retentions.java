package org.steward.protection;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.steward.approval.RiskLevel;
import org.steward.register.ModelFacts;

/**
 * The retention of a model's raw samples for the scheduled purge, which runs without a signed-in user. Views and
 * controllers read {@link DataProtection} instead.
 */
@Component
public class Retentions {

    private final ModelProtections protections;
    private final ModelFacts models;
    private final RetentionDefaults defaults;

    Retentions(ModelProtections protections, ModelFacts models, RetentionDefaults defaults) {
        this.protections = protections;
        this.models = models;
        this.defaults = defaults;
    }

    @Transactional(readOnly = true)
    public Retention of(long modelId) {
        var fallback = models.details(modelId).map(d -> defaults.of(RiskLevel.of(d))).orElse(defaults.high());
        var recorded = protections.findById(modelId);
        var days = recorded.map(ModelProtection::retentionDays).orElse(null);
        return new Retention(modelId, days == null ? fallback : days,
                recorded.map(ModelProtection::legalHold).orElse(false));
    }
}
