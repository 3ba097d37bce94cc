package org.steward.fairness;

import java.time.Instant;
import org.steward.approval.RiskLevel;
import org.steward.fairness.measure.FairnessPolicySpec;

/**
 * One version of a risk level's fairness policy, as read.
 *
 * @param version the policy version, counting from 1 per risk level; send it back as the expected version
 */
public record FairnessPolicyVersion(long id, RiskLevel riskLevel, int version, FairnessPolicySpec spec,
                                 String rationale, String changedBy, Instant changedAt) {
}
