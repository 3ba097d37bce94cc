package org.steward.webhook;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends due deliveries from the outbox, signed, with the JDK HTTP client and a short timeout; a failed attempt
 * is retried after an exponentially growing delay until {@code steward.webhooks.max-attempts} is reached. Each
 * delivery is claimed before it is sent, so that two workers never send it at the same time.
 */
@Component
class WebhookDispatcher {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookDispatcher.class);
    private static final Set<DeliveryState> CLAIMABLE = EnumSet.of(DeliveryState.PENDING, DeliveryState.SENDING);
    private static final int BATCH = 20;

    private final WebhookDeliveries deliveries;
    private final Webhooks webhooks;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final HttpClient http;
    private final Duration timeout;
    private final int maxAttempts;
    private final Duration initialBackoff;
    private final Duration maxBackoff;

    WebhookDispatcher(WebhookDeliveries deliveries, Webhooks webhooks, PlatformTransactionManager transactions,
                      Clock clock,
                      @Value("${steward.webhooks.timeout:5s}") Duration timeout,
                      @Value("${steward.webhooks.max-attempts:6}") int maxAttempts,
                      @Value("${steward.webhooks.initial-backoff:30s}") Duration initialBackoff,
                      @Value("${steward.webhooks.max-backoff:6h}") Duration maxBackoff) {
        this.deliveries = deliveries;
        this.webhooks = webhooks;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
        this.timeout = timeout;
        this.maxAttempts = Math.max(1, maxAttempts);
        this.initialBackoff = initialBackoff;
        this.maxBackoff = maxBackoff;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Scheduled(fixedDelayString = "${steward.webhooks.poll-interval-ms:5000}",
            initialDelayString = "${steward.webhooks.poll-interval-ms:5000}")
    @SchedulerLock(name = "webhook-dispatch", lockAtMostFor = "10m", lockAtLeastFor = "1s")
    void poll() {
        try {
            deliverDue();
        } catch (RuntimeException e) {
            LOG.warn("Webhook deliveries failed this round; trying again next round", e);
        }
    }

    /** Sends every delivery due now (at most one batch); returns how many this worker attempted. */
    int deliverDue() {
        var now = clock.instant();
        var due = tx.execute(s -> deliveries.findDue(CLAIMABLE, now, PageRequest.of(0, BATCH)));
        var attempted = 0;
        for (var id : due == null ? List.<Long>of() : due) {
            var claim = tx.execute(s -> claim(id, now));
            if (claim == null) {
                continue;
            }
            var result = send(claim);
            tx.executeWithoutResult(s -> deliveries.findById(id).ifPresent(d -> {
                var at = clock.instant();
                d.attempted(result.status(), result.error(), at, retryAt(d.attempts() + 2, at));
            }));
            attempted++;
        }
        return attempted;
    }

    private @Nullable Claim claim(long id, Instant now) {
        var lease = now.plus(timeout.multipliedBy(2)).plusSeconds(60);
        if (deliveries.claim(id, CLAIMABLE, DeliveryState.SENDING, now, lease) == 0) {
            return null;
        }
        var delivery = deliveries.findById(id).orElse(null);
        var webhook = delivery == null ? null : webhooks.findById(delivery.webhookId()).orElse(null);
        return webhook == null ? null : new Claim(id, webhook.url(), webhook.secret(), delivery.payload());
    }

    /**
     * When to make attempt number {@code nextAttempt} (2, 3, …): the initial backoff doubled for each attempt made
     * after the first, capped; null when the attempts are used up.
     */
    private @Nullable Instant retryAt(int nextAttempt, Instant now) {
        if (nextAttempt > maxAttempts) {
            return null;
        }
        var delay = initialBackoff.multipliedBy(1L << Math.min(nextAttempt - 2, 20));
        return now.plus(delay.compareTo(maxBackoff) > 0 ? maxBackoff : delay);
    }

    private Result send(Claim claim) {
        var body = claim.payload().getBytes(StandardCharsets.UTF_8);
        try {
            var request = HttpRequest.newBuilder(URI.create(claim.url()))
                    .timeout(timeout)
                    .header("Content-Type", "application/json")
                    .header("User-Agent", "Steward-Webhooks")
                    .header(WebhookSignature.HEADER, WebhookSignature.header(claim.secret(), body))
                    .header(WebhookSignature.DELIVERY_HEADER, String.valueOf(claim.id()))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                    .build();
            var response = http.send(request, HttpResponse.BodyHandlers.discarding());
            var status = response.statusCode();
            return new Result(status, status / 100 == 2 ? null : "HTTP " + status);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(null, "interrupted");
        } catch (Exception e) {
            return new Result(null, e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        }
    }

    private record Claim(long id, String url, String secret, String payload) {
    }

    private record Result(@Nullable Integer status, @Nullable String error) {
    }
}
