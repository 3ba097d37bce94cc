package org.steward.ledger;

import java.time.Clock;
import java.util.Optional;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every {@code steward.ledger.checkpoint-interval} (default one hour) copies the newest entry's sequence number
 * and hash into a checkpoint and writes them to the log, where they survive a rewrite of the database.
 */
@Component
class LedgerCheckpointer {

    private static final Logger LOG = LoggerFactory.getLogger(LedgerCheckpointer.class);

    private final LedgerEntries entries;
    private final LedgerCheckpoints checkpoints;
    private final Clock clock;

    LedgerCheckpointer(LedgerEntries entries, LedgerCheckpoints checkpoints, Clock clock) {
        this.entries = entries;
        this.checkpoints = checkpoints;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${steward.ledger.checkpoint-interval:1h}",
            initialDelayString = "${steward.ledger.checkpoint-interval:1h}")
    @SchedulerLock(name = "ledger-checkpoint", lockAtMostFor = "10m", lockAtLeastFor = "10s")
    @Transactional
    void scheduled() {
        // the lock (one node, at most once in 10 s) is the schedule's; a direct checkpoint() is not held back by it
        checkpoint();
    }

    @Transactional
    void checkpoint() {
        var newest = entries.findFirstByOrderBySeqDesc();
        if (newest.isEmpty()) {
            LOG.debug("LEDGER CHECKPOINT skipped: the ledger is empty");
            return;
        }
        var entry = newest.get();
        LOG.info("LEDGER CHECKPOINT seq={} hash={}", entry.seq(), entry.hash());
        Optional<LedgerCheckpoint> latest = checkpoints.findFirstByOrderBySeqDescIdDesc();
        if (latest.isEmpty() || latest.get().seq() != entry.seq()) {
            checkpoints.save(new LedgerCheckpoint(entry.seq(), entry.hash(), clock.instant()));
        }
    }
}
