package org.steward.monitoring;

import java.time.Instant;
import java.util.List;

/**
 * One stored evaluation replayed under a proposed policy: the status it had (and under which policy version) and
 * the status the proposal would have given, with the proposal's reasons. {@code replayed} is false when raw data of
 * its window was purged: then the proposed status is the recorded one and the reason says so.
 */
public record Replay(long evaluationId, String versionLabel, Instant windowEnd, MonitoringStatus recorded,
                     int recordedPolicyVersion, MonitoringStatus proposed, List<String> reasons, boolean replayed) {

    public Replay {
        reasons = List.copyOf(reasons);
    }

    public boolean changed() {
        return recorded != proposed;
    }
}
