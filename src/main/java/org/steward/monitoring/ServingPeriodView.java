package org.steward.monitoring;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Serving statistics as stored for one period of a version. */
public record ServingPeriodView(long id, long modelId, String versionLabel, String idempotencyKey,
                                Instant periodStart, Instant periodEnd, long requests, long errors,
                                @Nullable Double latencyP50Ms, @Nullable Double latencyP95Ms,
                                @Nullable Double latencyP99Ms, @Nullable Double cpuUtilisation,
                                @Nullable Double memoryMb, String receivedBy, Instant receivedAt) {

    /** Failed requests as a share of the requests served; 0 for a period without requests. */
    public double errorRate() {
        return requests == 0 ? 0 : (double) errors / requests;
    }

    /** The period judged on its own under the policy's error-rate and latency limits, with the reasons. */
    public Judged judge(MonitoringPolicySpec policy) {
        var reasons = new ArrayList<String>();
        var status = MonitoringStatus.GREEN;
        var errorLevel = policy.errorRate().level(errorRate());
        if (errorLevel != MonitoringStatus.GREEN) {
            status = status.max(errorLevel);
            reasons.add("error rate " + Evaluator.percent(errorRate()) + " above the " + errorLevel + " limit");
        }
        if (latencyP95Ms != null) {
            var latencyLevel = policy.latencyP95Ms().level(latencyP95Ms);
            if (latencyLevel != MonitoringStatus.GREEN) {
                status = status.max(latencyLevel);
                reasons.add("latency p95 " + Evaluator.format(latencyP95Ms) + " ms above the " + latencyLevel
                        + " limit");
            }
        }
        return new Judged(status, List.copyOf(reasons));
    }

    /** A period's status under a policy and why. */
    public record Judged(MonitoringStatus status, List<String> reasons) {
    }
}
