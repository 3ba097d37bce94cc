package org.steward.monitoring;

import java.time.Instant;

/** A model's monitoring policy as read; version 0 is Steward's defaults, never stored. */
public record MonitoringPolicy(long modelId, int policyVersion, MonitoringPolicySpec spec, String rationale,
                               String changedBy, Instant changedAt) {

    static MonitoringPolicy defaults(long modelId) {
        return new MonitoringPolicy(modelId, 0, MonitoringPolicySpec.DEFAULTS, "Steward's defaults", "steward",
                Instant.EPOCH);
    }
}
