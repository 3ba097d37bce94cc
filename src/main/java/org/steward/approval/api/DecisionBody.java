package org.steward.approval.api;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.steward.approval.Condition;
import org.steward.approval.DecisionRequest;
import org.steward.base.InvalidInputException;

/** A decision as the API receives it; {@code version} is the lock version of the version you read. */
record DecisionBody(@Nullable String rationale, @Nullable Long version, @Nullable List<ConditionBody> conditions,
                    @Nullable Boolean overrideGates) {

    /** A condition of an approval: what must be done, and by when (YYYY-MM-DD). */
    record ConditionBody(@Nullable String text, @Nullable LocalDate due) {
    }

    DecisionRequest toRequest() {
        if (version == null) {
            throw InvalidInputException.of("version",
                    "send the version you read, so that nobody else's decision is overwritten");
        }
        var list = conditions == null ? List.<Condition>of() : conditions.stream()
                .map(c -> c == null ? null : new Condition(c.text(), c.due())).toList();
        return new DecisionRequest(rationale == null ? "" : rationale, version, list,
                Boolean.TRUE.equals(overrideGates));
    }
}
