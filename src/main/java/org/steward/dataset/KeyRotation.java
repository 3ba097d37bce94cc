package org.steward.dataset;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Re-encrypts everything stored that is not encrypted with the active key: stored samples and the raw data of
 * every other {@link EncryptedStore} (monitoring batches and baselines), those of a retired key after a rotation,
 * and those stored before encryption at rest (plain). Runs in the background after start-up and on an
 * administrator's request, one item per transaction, so that it can stop anywhere and carry on later; its progress
 * over all stores is in {@link #progress()}. An item that does not decrypt is counted, logged and left as it is.
 */
@Component
class KeyRotation {

    private static final Logger LOG = LoggerFactory.getLogger(KeyRotation.class);
    private static final int BATCH = 100;

    private final List<EncryptedStore> stores;
    private final DatasetKeys keys;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final boolean atStart;
    private final ReentrantLock lock = new ReentrantLock();
    private final AtomicReference<KeyStatus.Rotation> progress = new AtomicReference<>(KeyStatus.Rotation.IDLE);

    KeyRotation(List<EncryptedStore> stores, DatasetKeys keys, ApplicationEventPublisher events,
                PlatformTransactionManager transactions, Clock clock,
                @Value("${steward.datasets.encryption.rotate-at-start:true}") boolean atStart) {
        this.stores = List.copyOf(stores);
        this.keys = keys;
        this.events = events;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
        this.atStart = atStart;
    }

    @EventListener(ApplicationReadyEvent.class)
    void afterStart() {
        if (atStart) {
            start();
        }
    }

    /** Starts a run in the background unless one is running; returns at once. */
    void start() {
        Thread.ofVirtual().name("dataset-key-rotation").start(() -> {
            if (lock.tryLock()) {
                try {
                    rotate();
                } finally {
                    lock.unlock();
                }
            }
        });
    }

    /** Runs now in the caller's thread, after a run in progress; returns how many items it re-encrypted. */
    long runNow() {
        lock.lock();
        try {
            return rotate();
        } finally {
            lock.unlock();
        }
    }

    KeyStatus.Rotation progress() {
        return progress.get();
    }

    List<EncryptedStore> stores() {
        return stores;
    }

    private long rotate() {
        var active = keys.activeId();
        long total = 0;
        for (var store : stores) {
            total += Objects.requireNonNullElse(tx.execute(s -> store.countNotEncryptedWith(active)), 0L);
        }
        progress.set(new KeyStatus.Rotation(total > 0, total, 0, 0));
        if (total == 0) {
            return 0;
        }
        LOG.info("Re-encrypting {} stored item(s) with dataset key '{}'", total, active);
        var run = new Run(total);
        for (var store : stores) {
            rotate(store, active, run);
        }
        progress.set(new KeyStatus.Rotation(false, run.total(), run.done, run.failed));
        return run.done;
    }

    private void rotate(EncryptedStore store, String active, Run run) {
        long done = 0;
        long failed = 0;
        long after = 0;
        List<Long> batch;
        do {
            var from = after;
            batch = Objects.requireNonNullElse(tx.execute(s -> store.notEncryptedWith(active, from, BATCH)),
                    List.of());
            for (var id : batch) {
                after = id;
                try {
                    tx.executeWithoutResult(s -> store.reencrypt(id));
                    done++;
                    run.done++;
                } catch (RuntimeException e) {
                    failed++;
                    run.failed++;
                    LOG.error("Could not re-encrypt {} item {}; it keeps its key", store.label(), id, e);
                }
                progress.set(new KeyStatus.Rotation(true, run.total(), run.done, run.failed));
            }
        } while (batch.size() == BATCH);
        if (done + failed == 0) {
            return;
        }
        var moved = done;
        var notMoved = failed;
        tx.executeWithoutResult(s -> events.publishEvent(new DatasetsReencrypted((int) moved, active, (int) notMoved,
                DatasetsReencrypted.SYSTEM, clock.instant(), store.label())));
        LOG.info("Re-encrypted {} {} with dataset key '{}'; {} failed", done, store.label(), active, failed);
    }

    /** Counts of one run over all stores. */
    private static final class Run {
        private final long planned;
        private long done;
        private long failed;

        Run(long planned) {
            this.planned = planned;
        }

        long total() {
            return Math.max(planned, done + failed);
        }
    }
}
