package org.steward.monitoring;

import java.time.Instant;
import java.util.List;

/**
 * One stored evaluation replayed under a proposed policy: the status it had (and under which policy version) and
 * the status the proposal would have given, with the proposal's reasons.
 */
public record Replay(long evaluationId, String versionLabel, Instant windowEnd, MonitoringStatus recorded,
                     int recordedPolicyVersion, MonitoringStatus proposed, List<String> reasons) {

    public Replay {
        reasons = List.copyOf(reasons);
    }

    public boolean changed() {
        return recorded != proposed;
    }
}
