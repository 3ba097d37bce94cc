package org.steward.compliance.check;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.steward.identity.Role;

/**
 * One requirement of a framework, paraphrased with its reference (e.g. "Art. 10"). It is met when all its evidence
 * rules are satisfied or, if {@code manual}, by a current attestation of the {@code attester}'s role, which counts
 * for {@code attestationDays}. A requirement without rules can only be attested.
 */
public record Requirement(String code, String reference, String title, String text, List<EvidenceRule> rules,
                          boolean manual, @Nullable Role attester, int attestationDays) {

    public Requirement {
        rules = List.copyOf(rules);
    }
}
