package org.steward.fairness;

import java.time.Instant;
import java.util.Locale;
import org.steward.approval.RiskLevel;
import org.steward.base.GovernanceEvent;
import org.steward.fairness.measure.FairnessPolicySpec;

/** A risk officer changed the fairness policy of a risk level; published in the change's transaction. */
public record FairnessPolicyChanged(RiskLevel riskLevel, int fromVersion, int toVersion, FairnessPolicySpec spec,
                                    String rationale, String actor, Instant at) implements GovernanceEvent {

    @Override
    public String kind() {
        return "FAIRNESS_POLICY_CHANGED";
    }

    @Override
    public String subject() {
        return "fairness-policy:" + riskLevel.name();
    }

    @Override
    public String summary() {
        return actor + " changed the " + riskLevel.label().toLowerCase(Locale.ROOT) + " fairness policy from v"
                + fromVersion + " to v" + toVersion + " (" + spec.describe() + "): " + rationale;
    }
}
