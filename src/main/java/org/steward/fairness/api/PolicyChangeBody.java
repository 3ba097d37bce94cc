package org.steward.fairness.api;

import org.jspecify.annotations.Nullable;
import org.steward.base.InvalidInputException;
import org.steward.fairness.measure.FairnessPolicySpec;

/** A change of a fairness policy: the new policy, why, and the version you read. */
record PolicyChangeBody(@Nullable FairnessPolicySpec spec, @Nullable String rationale,
                        @Nullable Integer expectedVersion) {

    FairnessPolicySpec requireSpec() {
        if (spec == null) {
            throw InvalidInputException.of("spec", "send the new policy: limits, referenceMode, referenceGroups, "
                    + "minGroupSize, intersections, reauditDays and rows");
        }
        return spec;
    }

    int requireExpectedVersion() {
        if (expectedVersion == null) {
            throw InvalidInputException.of("expectedVersion",
                    "send the policy version you read, so that nobody else's change is overwritten");
        }
        return expectedVersion;
    }
}
