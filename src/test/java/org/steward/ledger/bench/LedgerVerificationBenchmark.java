package org.steward.ledger.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.steward.ledger.ChainVerifier;
import org.steward.ledger.LedgerRecord;
import org.steward.ledger.VerificationResult;

/** Cost of re-walking a hash chain: SHA-256 of every entry plus the link checks, without the database. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx4g")
@Warmup(iterations = 2)
@Measurement(iterations = 5)
public class LedgerVerificationBenchmark {

    @Param("1000000")
    int entries;

    List<LedgerRecord> chain;

    @Setup
    public void build() {
        chain = LedgerChains.chain(entries);
    }

    @Benchmark
    public VerificationResult verify() {
        var last = chain.getLast();
        var verifier = new ChainVerifier(new ChainVerifier.Anchor(last.seq(), last.hash()), null);
        for (var entry : chain) {
            if (!verifier.accept(entry)) {
                break;
            }
        }
        var result = verifier.finish();
        if (!result.intact()) {
            throw new IllegalStateException(result.message());
        }
        return result;
    }
}
