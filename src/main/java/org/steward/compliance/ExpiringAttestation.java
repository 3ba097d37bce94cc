package org.steward.compliance;

import org.steward.compliance.check.AttestationView;

/** An attestation that stops counting soon: its model's name and the whole days left. */
public record ExpiringAttestation(AttestationView attestation, String modelName, long daysLeft) {
}
