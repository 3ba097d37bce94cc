package org.steward.monitoring;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.steward.monitoring.MonitoringEvent.RawDataPurged;

/**
 * Deletes the raw data of a model's batches (their sealed feature values and their rows' request ids) and the
 * exact values of its baselines, marks each purged, and publishes one {@link RawDataPurged}, all in the caller's
 * transaction. Batch rows, body hashes, counts, outputs, outcomes, latencies and every evaluation stay.
 */
@Component
class RawDataPurger {

    private final Batches batches;
    private final Baselines baselines;
    private final Observations observations;
    private final BaselineSummaries summaries;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RawDataPurger(Batches batches, Baselines baselines, Observations observations, BaselineSummaries summaries,
                  ApplicationEventPublisher events, Clock clock) {
        this.batches = batches;
        this.baselines = baselines;
        this.observations = observations;
        this.summaries = summaries;
        this.events = events;
        this.clock = clock;
    }

    /** Purges what is still stored of these batches and baselines of the model; returns how many batches. */
    @Transactional(propagation = Propagation.MANDATORY)
    int purge(long modelId, Collection<Long> batchIds, Collection<Long> baselineIds, RawDataPurged.Cause cause,
              String reason, String actor) {
        var at = clock.instant().truncatedTo(ChronoUnit.MICROS);
        int purged = 0;
        long first = Long.MAX_VALUE;
        long last = 0;
        for (var id : batchIds) {
            var batch = batches.findById(id).orElseThrow();
            if (batch.modelId() != modelId || batch.purged()) {
                continue;
            }
            observations.purge(id);
            batch.purge(at, actor, reason);
            purged++;
            first = Math.min(first, id);
            last = Math.max(last, id);
        }
        int exact = 0;
        for (var id : baselineIds) {
            var baseline = baselines.findById(id).orElseThrow();
            if (baseline.modelId() != modelId || baseline.exactPurged()) {
                continue;
            }
            summaries.dropExact(baseline);
            baseline.purgeExact(at, actor, reason);
            exact++;
        }
        if (purged + exact > 0) {
            batches.flush();
            events.publishEvent(new RawDataPurged(modelId, purged, purged == 0 ? 0 : first, last, exact, cause,
                    reason, actor, at));
        }
        return purged;
    }
}
