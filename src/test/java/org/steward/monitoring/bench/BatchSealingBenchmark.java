package org.steward.monitoring.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
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
import org.steward.dataset.StoredContentCipher;
import org.steward.monitoring.BatchBlobs;

/**
 * What encryption at rest adds to the ingest of one batch, in the JVM (the database round trips come on top): the
 * rows' features as one gzip blob sealed with AES-256-GCM ({@code seal}), against what ingest did before, one JSON
 * text per row ({@code plainRows}); and what the evaluator does per batch ({@code open}). 500 rows of the churn
 * demo's 4 features, and of 20 features.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class BatchSealingBenchmark {

    @Param({"4", "20"})
    int features;

    @Param("500")
    int rows;

    List<Map<String, Object>> batch;
    byte[] sealed;
    SecretKey key;

    @Setup
    public void build() {
        var random = new SplittableRandom(3);
        batch = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            var row = new LinkedHashMap<String, Object>();
            for (int f = 0; f < features; f++) {
                switch (f % 4) {
                    case 0 -> row.put("monthly_charges_" + f, Math.round(2000 + 10000 * random.nextDouble()) / 100.0);
                    case 1 -> row.put("tenure_months_" + f, Math.round(720 * random.nextDouble()) / 10.0);
                    case 2 -> row.put("contract_" + f, random.nextDouble() < 0.55 ? "monthly" : "annual");
                    default -> row.put("support_calls_" + f, (double) random.nextInt(8));
                }
            }
            batch.add(row);
        }
        var raw = new byte[32];
        random.nextBytes(raw);
        key = new SecretKeySpec(raw, "AES");
        sealed = seal();
    }

    @Benchmark
    public byte[] seal() {
        return StoredContentCipher.seal(key, "bench", "monitoring-batch:1", BatchBlobs.encode(batch));
    }

    @Benchmark
    public int open() {
        return BatchBlobs.decode(StoredContentCipher.open(key, "bench", "monitoring-batch:1", sealed));
    }

    @Benchmark
    public int plainRows() {
        int chars = 0;
        for (var row : batch) {
            chars += BatchBlobs.plainJson(row).length();
        }
        return chars;
    }
}
