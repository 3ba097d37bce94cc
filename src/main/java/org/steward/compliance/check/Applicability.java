package org.steward.compliance.check;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.steward.register.EuRiskCategory;
import org.steward.register.InternalRiskTier;
import org.steward.register.ModelDetails;

/**
 * Which models a framework applies to by default: every model ({@code all}), or those whose EU AI Act category,
 * internal tier or business domain is listed (any of them). A domain matches when one of its words is listed, so
 * "credit" matches the domain "Retail credit". {@code when} says it in words.
 */
public record Applicability(String when, boolean all, Set<EuRiskCategory> euRiskCategories,
                            Set<InternalRiskTier> internalRiskTiers, Set<String> domains) {

    public Applicability {
        euRiskCategories = Set.copyOf(euRiskCategories);
        internalRiskTiers = Set.copyOf(internalRiskTiers);
        domains = domains.stream().map(d -> d.strip().toLowerCase(Locale.ROOT)).collect(
                java.util.stream.Collectors.toUnmodifiableSet());
    }

    /** Why the framework applies to the model, or empty when it does not. */
    public Optional<String> reason(ModelDetails model) {
        if (all) {
            return Optional.of("applies to every model");
        }
        if (euRiskCategories.contains(model.euRiskCategory())) {
            return Optional.of("EU AI Act category " + model.euRiskCategory().label());
        }
        if (internalRiskTiers.contains(model.internalRiskTier())) {
            return Optional.of("internal risk tier " + model.internalRiskTier().label());
        }
        return Arrays.stream(model.businessDomain().toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(domains::contains).findFirst()
                .map(word -> "business domain '" + model.businessDomain() + "'");
    }

    /** Why not, in words, for a model it does not apply to. */
    public String whyNot(ModelDetails model) {
        return "EU AI Act category " + model.euRiskCategory().label() + ", internal tier "
                + model.internalRiskTier().label() + ", domain '" + model.businessDomain() + "'; applies when " + when;
    }
}
