package org.steward.dataset.bench;

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

/**
 * AES-256-GCM of one stored sample as Steward keeps it (gzip, so incompressible bytes): 50 MB, about what a
 * 200 MB upload (the default limit) compresses to. Encryption runs on every upload and once per sample in a key
 * rotation; decryption on every read. Target: under 1 s each, so that it never dominates an upload.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
@Warmup(iterations = 3)
@Measurement(iterations = 5)
public class EncryptionBenchmark {

    @Param("52428800")
    int bytes;

    byte[] plain;
    byte[] sealed;
    SecretKey key;

    @Setup
    public void build() {
        var rng = new SplittableRandom(1);
        plain = new byte[bytes];
        rng.nextBytes(plain);
        var raw = new byte[32];
        rng.nextBytes(raw);
        key = new SecretKeySpec(raw, "AES");
        sealed = StoredContentCipher.seal(key, "bench", 1, plain);
    }

    @Benchmark
    public byte[] encrypt() {
        return StoredContentCipher.seal(key, "bench", 1, plain);
    }

    @Benchmark
    public byte[] decrypt() {
        return StoredContentCipher.open(key, "bench", 1, sealed);
    }
}
