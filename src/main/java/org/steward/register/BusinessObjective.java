package org.steward.register;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** Why the model exists: the problem, the decision it supports and who is affected by it. */
@Embeddable
public record BusinessObjective(
        @Size(max = 4000) @Column(name = "problem_statement") @Nullable String problemStatement,
        @Size(max = 2000) @Column(name = "decision_supported") @Nullable String decisionSupported,
        @Size(max = 2000) @Column(name = "affected_parties") @Nullable String affectedParties) {

    public static final BusinessObjective EMPTY = new BusinessObjective(null, null, null);

    public BusinessObjective {
        problemStatement = ModelDetails.blankToNull(problemStatement);
        decisionSupported = ModelDetails.blankToNull(decisionSupported);
        affectedParties = ModelDetails.blankToNull(affectedParties);
    }

    public boolean isComplete() {
        return filled(problemStatement) && filled(decisionSupported) && filled(affectedParties);
    }

    private static boolean filled(@Nullable String s) {
        return s != null && !s.isBlank();
    }
}
