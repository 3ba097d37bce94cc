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
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Re-encrypts every stored sample that is not encrypted with the active key: those of a retired key after a
 * rotation, and those stored before encryption at rest (plain gzip). Runs in the background after start-up and on
 * an administrator's request, one sample per transaction, so that it can stop anywhere and carry on later; its
 * progress is in {@link #progress()}. A sample that does not decrypt is counted, logged and left as it is.
 */
@Component
class KeyRotation {

    private static final Logger LOG = LoggerFactory.getLogger(KeyRotation.class);
    private static final int BATCH = 100;

    private final StoredDatasets datasets;
    private final DatasetContents contents;
    private final StoredContent stored;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final boolean atStart;
    private final ReentrantLock lock = new ReentrantLock();
    private final AtomicReference<KeyStatus.Rotation> progress = new AtomicReference<>(KeyStatus.Rotation.IDLE);

    KeyRotation(StoredDatasets datasets, DatasetContents contents, StoredContent stored,
                ApplicationEventPublisher events, PlatformTransactionManager transactions, Clock clock,
                @Value("${steward.datasets.encryption.rotate-at-start:true}") boolean atStart) {
        this.datasets = datasets;
        this.contents = contents;
        this.stored = stored;
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

    /** Runs now in the caller's thread, after a run in progress; returns how many samples it re-encrypted. */
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

    private long rotate() {
        var active = stored.keys().activeId();
        var total = datasets.countNotEncryptedWith(active);
        long done = 0;
        long failed = 0;
        progress.set(new KeyStatus.Rotation(total > 0, total, 0, 0));
        if (total == 0) {
            return 0;
        }
        LOG.info("Re-encrypting {} stored sample(s) with dataset key '{}'", total, active);
        long after = 0;
        List<Long> batch;
        do {
            var from = after;
            batch = Objects.requireNonNullElse(tx.execute(s -> datasets.findNotEncryptedWith(active, from,
                    PageRequest.of(0, BATCH))), List.of());
            for (var id : batch) {
                after = id;
                try {
                    tx.executeWithoutResult(s -> reencrypt(id));
                    done++;
                } catch (RuntimeException e) {
                    failed++;
                    LOG.error("Could not re-encrypt dataset {}; it keeps its key", id, e);
                }
                progress.set(new KeyStatus.Rotation(true, Math.max(total, done + failed), done, failed));
            }
        } while (batch.size() == BATCH);
        progress.set(new KeyStatus.Rotation(false, Math.max(total, done + failed), done, failed));
        var moved = done;
        var notMoved = failed;
        tx.executeWithoutResult(s -> events.publishEvent(new DatasetsReencrypted((int) moved, active, (int) notMoved,
                DatasetsReencrypted.SYSTEM, clock.instant())));
        LOG.info("Re-encrypted {} stored sample(s) with dataset key '{}'; {} failed", done, active, failed);
        return done;
    }

    private void reencrypt(long id) {
        var dataset = datasets.findById(id).orElseThrow();
        var content = contents.findById(id).orElseThrow();
        var gzip = stored.gzip(id, dataset.keyId(), content.content());
        var sealed = stored.seal(id, gzip);
        content.replace(sealed.bytes());
        dataset.encryptedWith(sealed.keyId());
    }
}
