package org.steward.compliance.check;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How a model stands on one framework revision: whether it applies and why (its default from risk tier and domain,
 * or a risk officer's {@code choice}), the overall status and each requirement's.
 */
public record FrameworkAssessment(String code, int revision, String title, String edition, boolean applies,
                                  String applicability, @Nullable ApplicabilityChoice choice,
                                  ComplianceStatus status, List<RequirementStatus> requirements) {

    public FrameworkAssessment {
        requirements = List.copyOf(requirements);
    }

    public long count(ComplianceStatus status) {
        return requirements.stream().filter(r -> r.status() == status).count();
    }

    /** Every gap of every requirement, in checklist order. */
    public List<Gap> gaps() {
        return requirements.stream().flatMap(r -> r.gaps().stream()).toList();
    }
}
