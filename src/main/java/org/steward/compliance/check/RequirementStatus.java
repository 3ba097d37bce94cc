package org.steward.compliance.check;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How a model stands on one requirement: the status, how it is met ({@code EVIDENCE}, {@code ATTESTATION}) or not
 * ({@code NONE}), each rule's evidence, the current attestation, the last one that lapsed (expired or withdrawn)
 * while none is current, and the gaps with who should act.
 */
public record RequirementStatus(Requirement requirement, ComplianceStatus status, MetBy metBy,
                                List<RuleResult> evidence, @Nullable AttestationView attestation,
                                @Nullable AttestationView lapsed, List<Gap> gaps) {

    public RequirementStatus {
        evidence = List.copyOf(evidence);
        gaps = List.copyOf(gaps);
    }

    /** How a requirement is met. */
    public enum MetBy {
        EVIDENCE, ATTESTATION, NONE
    }
}
