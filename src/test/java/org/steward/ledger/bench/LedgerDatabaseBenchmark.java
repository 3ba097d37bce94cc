package org.steward.ledger.bench;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.steward.StewardApplication;
import org.steward.base.GovernanceEvent;
import org.steward.identity.Role;
import org.steward.identity.RunAs;
import org.steward.ledger.Ledger;
import org.steward.ledger.VerificationResult;

/**
 * The ledger in the running application: appending one entry inside a business transaction, and verifying a
 * ledger of a million entries from the database (H2 in memory by default; pass
 * {@code -Dbench.datasource.url=jdbc:postgresql://…} plus user and password for PostgreSQL).
 */
@Fork(value = 1, jvmArgsAppend = "-Xmx4g")
public class LedgerDatabaseBenchmark {

    /** A governance event as any feature publishes it. */
    record BenchEvent(String actor, Instant at, String kind, String subject, String summary, long modelId)
            implements GovernanceEvent {
    }

    @State(Scope.Benchmark)
    public static class App {
        ConfigurableApplicationContext context;
        TransactionTemplate tx;
        ApplicationEventPublisher events;
        Ledger ledger;
        RunAs runAs;
        final AtomicLong counter = new AtomicLong();

        @Setup(Level.Trial)
        public void start() {
            context = new SpringApplicationBuilder(StewardApplication.class).properties(
                    "server.port=0",
                    "steward.demo.enabled=false",
                    "spring.datasource.url=" + System.getProperty("bench.datasource.url",
                            "jdbc:h2:mem:bench;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;"
                                    + "DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000"),
                    "spring.datasource.username=" + System.getProperty("bench.datasource.username", "sa"),
                    "spring.datasource.password=" + System.getProperty("bench.datasource.password", ""),
                    "steward.ledger.checkpoint-interval=3650d",
                    "logging.level.root=warn").run();
            tx = context.getBean(TransactionTemplate.class);
            events = context;
            ledger = context.getBean(Ledger.class);
            runAs = context.getBean(RunAs.class);
        }

        @TearDown(Level.Trial)
        public void stop() {
            context.close();
        }
    }

    /** The application with a ledger of {@code entries} valid entries written straight into the database. */
    @State(Scope.Benchmark)
    public static class Filled extends App {
        @Param("1000000")
        int entries;

        @Setup(Level.Trial)
        public void fill() {
            var jdbc = context.getBean(JdbcTemplate.class);
            jdbc.update("delete from ledger_entry");
            var batch = new java.util.ArrayList<Object[]>(10_000);
            var prev = org.steward.ledger.LedgerHash.GENESIS;
            for (long seq = 1; seq <= entries; seq++) {
                var e = LedgerChains.entry(seq, prev);
                batch.add(new Object[] {e.seq(), Timestamp.from(e.occurredAt()), e.actor(), e.action(), e.subject(),
                        e.payload(), e.prevHash(), e.hash()});
                prev = e.hash();
                if (batch.size() == 10_000 || seq == entries) {
                    jdbc.batchUpdate("insert into ledger_entry (seq, occurred_at, actor, action, subject, payload, "
                            + "prev_hash, hash) values (?, ?, ?, ?, ?, ?, ?, ?)", batch);
                    batch.clear();
                }
            }
            jdbc.update("update ledger_head set seq = ?, hash = ? where id = 1", entries, prev);
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 1)
    @Measurement(iterations = 5)
    public VerificationResult verifyMillionEntriesFromDatabase(Filled app) {
        var result = app.runAs.call("auditor", Set.of(Role.AUDITOR), app.ledger::verify);
        if (!result.intact() || result.verified() != app.entries) {
            throw new IllegalStateException(result.message());
        }
        return result;
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    @Warmup(iterations = 2, time = 5)
    @Measurement(iterations = 5, time = 5)
    public void appendInTransaction(App app) {
        var n = app.counter.incrementAndGet();
        app.tx.executeWithoutResult(status -> app.events.publishEvent(new BenchEvent("dev", Instant.now(),
                "BENCH_EVENT", "model:" + (n % 500), "Benchmark event " + n, n % 500)));
    }
}
