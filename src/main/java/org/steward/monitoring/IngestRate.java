package org.steward.monitoring;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * The per-token ingest rate: a Bucket4j token bucket of {@code requests-per-minute}, refilled each minute. Held
 * in memory per node, so with several nodes behind a balancer each allows that rate (see docs/monitoring.md).
 */
@Component
public class IngestRate {

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final int perMinute;

    IngestRate(MonitoringSettings settings) {
        this.perMinute = settings.requestsPerMinute();
    }

    /** Takes one request from the token's allowance or throws {@link RateLimitedException}. */
    public void acquire(String token) {
        var bucket = buckets.computeIfAbsent(token, k -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(perMinute).refillIntervally(perMinute, Duration.ofMinutes(1))
                        .build())
                .build());
        var probe = bucket.tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            long seconds = Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
            throw new RateLimitedException("This API token sent more than " + perMinute + " monitoring requests in "
                    + "a minute (steward.monitoring.requests-per-minute); retry in " + seconds + " s.", seconds);
        }
    }
}
