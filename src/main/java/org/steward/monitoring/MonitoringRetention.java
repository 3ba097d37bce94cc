package org.steward.monitoring;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.steward.dataset.DatasetsReencrypted;
import org.steward.monitoring.MonitoringEvent.RawDataPurged;
import org.steward.protection.Retentions;

/**
 * Every {@code steward.monitoring.retention-check} (cron, default daily at 02:45) purges the raw feature values of
 * every batch received longer ago than its model's retention period, and the exact values of every baseline
 * recorded that long ago, unless the model is on legal hold. Up to {@value #CHUNK} batches per transaction, each
 * with its ledger entry; evaluations, counts, hashes and outputs stay. ShedLock lets one node at a time run it.
 */
@Component
class MonitoringRetention {

    static final int CHUNK = 200;
    private static final Logger LOG = LoggerFactory.getLogger(MonitoringRetention.class);

    private final Batches batches;
    private final Baselines baselines;
    private final RawDataPurger purger;
    private final Retentions retentions;
    private final TransactionTemplate tx;
    private final Clock clock;

    MonitoringRetention(Batches batches, Baselines baselines, RawDataPurger purger, Retentions retentions,
                        PlatformTransactionManager transactions, Clock clock) {
        this.batches = batches;
        this.baselines = baselines;
        this.purger = purger;
        this.retentions = retentions;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @Scheduled(cron = "${steward.monitoring.retention-check:0 45 2 * * *}")
    @SchedulerLock(name = "monitoring-retention", lockAtMostFor = "2h", lockAtLeastFor = "10s")
    void run() {
        try {
            var purged = purgeExpired();
            if (purged > 0) {
                LOG.info("Purged the raw feature values of {} monitoring batch(es) past their retention period",
                        purged);
            }
        } catch (RuntimeException e) {
            LOG.warn("The monitoring retention purge failed; it runs again at the next scheduled time", e);
        }
    }

    /** Purges everything expired now; returns how many batches. */
    int purgeExpired() {
        var now = clock.instant();
        var models = new TreeSet<Long>();
        tx.executeWithoutResult(s -> {
            models.addAll(batches.findModelsWithRawData());
            models.addAll(baselines.findModelsWithExactValues());
        });
        int purged = 0;
        for (var modelId : models) {
            var retention = retentions.of(modelId);
            if (retention.legalHold()) {
                continue;
            }
            var cutoff = now.minus(Duration.ofDays(retention.days()));
            var reason = "retention period of " + retention.days() + " days ended";
            var expiredBaselines = Objects.requireNonNullElse(tx.execute(s -> baselines.findExpired(modelId,
                    cutoff)), List.<Long>of());
            List<Long> chunk;
            do {
                chunk = Objects.requireNonNullElse(tx.execute(s -> batches.findExpired(modelId, cutoff,
                        PageRequest.of(0, CHUNK))), List.of());
                var ids = chunk;
                var withBaselines = expiredBaselines;
                purged += Objects.requireNonNullElse(tx.execute(s -> purger.purge(modelId, ids, withBaselines,
                        RawDataPurged.Cause.RETENTION, reason, DatasetsReencrypted.SYSTEM)), 0);
                expiredBaselines = List.of();
            } while (chunk.size() == CHUNK);
        }
        return purged;
    }
}
