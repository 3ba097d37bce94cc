package org.steward.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.steward.identity.Role;
import org.steward.identity.RunAs;

/** Many transactions appending at once, on whatever database the tests run on (H2 or PostgreSQL). */
@SpringBootTest
class LedgerConcurrencyTest {

    private static final int THREADS = 8;
    private static final int APPENDS_PER_THREAD = 25;

    @Autowired
    Ledger ledger;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    RunAs runAs;

    @Test
    void concurrent_appends_neither_fork_the_chain_nor_skip_a_number() throws Exception {
        var subject = "concurrency:" + UUID.randomUUID();
        var start = new CountDownLatch(1);
        var tx = new TransactionTemplate(transactions);
        var results = new ArrayList<Future<?>>();
        try (var pool = Executors.newFixedThreadPool(THREADS)) {
            for (int t = 0; t < THREADS; t++) {
                var thread = t;
                results.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < APPENDS_PER_THREAD; i++) {
                        var summary = "Thread " + thread + " append " + i;
                        tx.executeWithoutResult(s -> events.publishEvent(TestEvent.of("t" + thread, subject, summary)));
                    }
                    return null;
                }));
            }
            start.countDown();
            for (var result : results) {
                result.get(2, TimeUnit.MINUTES);
            }
        }

        var verdict = runAs.call("auditor", Set.of(Role.AUDITOR), ledger::verify);
        var mine = runAs.call("auditor", Set.of(Role.AUDITOR), () -> ledger.entries(
                new LedgerFilter(null, null, subject, null, null), PageRequest.of(0, 1000, Sort.by("seq"))));

        assertThat(verdict.intact()).as(verdict.message()).isTrue();
        assertThat(mine).hasSize(THREADS * APPENDS_PER_THREAD);
        assertThat(mine).extracting(LedgerRecord::seq).doesNotHaveDuplicates().isSorted();
        assertThat(mine).extracting(LedgerRecord::payload).doesNotHaveDuplicates();
    }
}
