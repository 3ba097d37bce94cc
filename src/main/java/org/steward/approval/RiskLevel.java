package org.steward.approval;

import org.steward.register.EuRiskCategory;
import org.steward.register.InternalRiskTier;
import org.steward.register.ModelDetails;

/** The overall risk level that drives the approval policy, from the EU AI Act category and the internal tier. */
public enum RiskLevel {
    LOW, MEDIUM, HIGH;

    /**
     * HIGH when the EU category is high risk (or prohibited) or the internal tier is high; LOW only when the
     * internal tier is low and the EU category minimal or limited; MEDIUM otherwise.
     */
    public static RiskLevel of(ModelDetails model) {
        var eu = model.euRiskCategory();
        if (eu == EuRiskCategory.HIGH || eu == EuRiskCategory.PROHIBITED
                || model.internalRiskTier() == InternalRiskTier.HIGH) {
            return HIGH;
        }
        if (model.internalRiskTier() == InternalRiskTier.LOW
                && (eu == EuRiskCategory.MINIMAL || eu == EuRiskCategory.LIMITED)) {
            return LOW;
        }
        return MEDIUM;
    }

    public String label() {
        return name().charAt(0) + name().substring(1).toLowerCase() + " risk";
    }
}
