package org.steward.dataset;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.steward.protection.Retentions;

/**
 * Every {@code steward.datasets.retention-check} (cron, default daily at 02:30) purges the raw data of every sample
 * older than its model's retention period, unless the model is on legal hold; each purge in a transaction of its
 * own with its ledger entry. Results and hashes stay.
 */
@Component
class RetentionPurge {

    private static final Logger LOG = LoggerFactory.getLogger(RetentionPurge.class);

    private final StoredDatasets datasets;
    private final Purger purger;
    private final Retentions retentions;
    private final TransactionTemplate tx;
    private final Clock clock;

    RetentionPurge(StoredDatasets datasets, Purger purger, Retentions retentions,
                   PlatformTransactionManager transactions, Clock clock) {
        this.datasets = datasets;
        this.purger = purger;
        this.retentions = retentions;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @Scheduled(cron = "${steward.datasets.retention-check:0 30 2 * * *}")
    @SchedulerLock(name = "dataset-retention", lockAtMostFor = "2h", lockAtLeastFor = "10s")
    void run() {
        try {
            var purged = purgeExpired();
            if (purged > 0) {
                LOG.info("Purged the raw data of {} scored sample(s) past their retention period", purged);
            }
        } catch (RuntimeException e) {
            LOG.warn("The retention purge failed; it runs again at the next scheduled time", e);
        }
    }

    /** Purges every expired sample now; returns how many. */
    int purgeExpired() {
        var now = clock.instant();
        var purged = 0;
        var models = Objects.requireNonNullElse(tx.execute(s -> datasets.findModelsWithRawData()), List.<Long>of());
        for (var modelId : models) {
            var retention = retentions.of(modelId);
            if (retention.legalHold()) {
                continue;
            }
            var cutoff = now.minus(Duration.ofDays(retention.days()));
            var expired = Objects.requireNonNullElse(tx.execute(s -> datasets.findExpired(modelId, cutoff)),
                    List.<Long>of());
            var reason = "retention period of " + retention.days() + " days ended";
            for (var id : expired) {
                tx.executeWithoutResult(s -> purger.purge(id, DatasetPurged.Cause.RETENTION, reason,
                        DatasetsReencrypted.SYSTEM));
                purged++;
            }
        }
        return purged;
    }
}
