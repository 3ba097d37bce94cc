package org.steward.card;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How much feedback one person may send: a Bucket4j token bucket of {@code steward.cards.feedback-per-hour} (default
 * 10), refilled gradually over the hour. Held in memory per node.
 */
@Component
class FeedbackRate {

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final int perHour;

    FeedbackRate(@Value("${steward.cards.feedback-per-hour:10}") int perHour) {
        if (perHour < 1) {
            throw new IllegalArgumentException("steward.cards.feedback-per-hour must be at least 1");
        }
        this.perHour = perHour;
    }

    /** Takes one message from the user's allowance, or refuses with the wait in minutes. */
    void acquire(String username) {
        var bucket = buckets.computeIfAbsent(username, k -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(perHour).refillGreedy(perHour, Duration.ofHours(1)).build())
                .build());
        var probe = bucket.tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            var minutes = Math.max(1, (probe.getNanosToWaitForRefill() + 59_999_999_999L) / 60_000_000_000L);
            throw new FeedbackLimitException("You have sent " + perHour + " messages about model cards in the last "
                    + "hour; please wait about " + minutes + " minute(s) before sending another.", minutes * 60);
        }
    }
}
