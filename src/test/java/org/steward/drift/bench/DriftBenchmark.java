package org.steward.drift.bench;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.apache.datasketches.kll.KllDoublesSketch;
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
import org.openjdk.jmh.infra.Blackhole;
import org.steward.drift.BinCounts;
import org.steward.drift.NumericDrift;
import org.steward.drift.Sketches;
import org.steward.drift.StepCdf;

/**
 * Drift of every feature of a production window against its baseline, in the four ways Steward can do it. Exact:
 * the baseline keeps its values sorted, the window is sorted when it is evaluated ({@code exactStoredReference}), or
 * both are sorted as SciPy does on every call ({@code exactFromRaw}). Sketch: both sides are kept as KLL sketches
 * beside their exact counts in the reference's deciles (which give PSI and Jensen–Shannon) and only compared
 * ({@code sketchStored}), or the window's sketch and counts are made from its values first ({@code sketchFromRaw}),
 * as an evaluation does. {@code scripts/drift-vs-scipy} writes the same data for SciPy and runs both; with data it
 * also prints, per feature, the PSI of the KLL sketches alone.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx6g")
@Warmup(iterations = 2)
@Measurement(iterations = 5)
public class DriftBenchmark {

    @Param("20")
    int features;

    @Param("1000000")
    int rows;

    double[][] reference;
    double[][] current;
    StepCdf[] storedReference;
    StepCdf[] referenceSketch;
    StepCdf[] currentSketch;
    BinCounts[] referenceDeciles;
    BinCounts[] currentCounts;

    @Setup
    public void data() throws IOException {
        reference = new double[features][];
        current = new double[features][];
        var directory = System.getProperty("drift.data");
        var random = new SplittableRandom(7);
        for (int f = 0; f < features; f++) {
            if (directory != null) {
                reference[f] = read(Path.of(directory, "reference-" + f + ".f64"));
                current[f] = read(Path.of(directory, "current-" + f + ".f64"));
            } else {
                reference[f] = normal(random, 0, 1);
                current[f] = normal(random, 0.01 * f, 1 + 0.01 * f);
            }
        }
        storedReference = new StepCdf[features];
        referenceSketch = new StepCdf[features];
        currentSketch = new StepCdf[features];
        referenceDeciles = new BinCounts[features];
        currentCounts = new BinCounts[features];
        for (int f = 0; f < features; f++) {
            storedReference[f] = StepCdf.ofSample(reference[f]);
            referenceSketch[f] = StepCdf.ofSketch(Sketches.of(reference[f]));
            currentSketch[f] = StepCdf.ofSketch(Sketches.of(current[f]));
            referenceDeciles[f] = BinCounts.deciles(storedReference[f]);
            currentCounts[f] = BinCounts.of(referenceDeciles[f].bins(), current[f]);
        }
        if (directory != null) {
            for (int f = 0; f < features; f++) {
                var exact = NumericDrift.compare(storedReference[f], StepCdf.ofSample(current[f]));
                var kll = NumericDrift.compare(referenceSketch[f], currentSketch[f]);
                var sketch = NumericDrift.compare(referenceSketch[f], currentSketch[f], referenceDeciles[f],
                        currentCounts[f]);
                System.out.printf("feature %2d  exact psi %.6f ks %.6f w %.6f js %.6f | sketch psi %.6f (%+.4f%%)"
                                + " ks %.6f w %.6f | KLL alone psi %.6f (%+.2f%%)%n", f, exact.psi(),
                        exact.ks().statistic(), exact.wasserstein(), exact.jensenShannon(), sketch.psi(),
                        100 * (sketch.psi() - exact.psi()) / exact.psi(), sketch.ks().statistic(),
                        sketch.wasserstein(), kll.psi(), 100 * (kll.psi() - exact.psi()) / exact.psi());
            }
        }
    }

    private double[] normal(SplittableRandom random, double mean, double sd) {
        var values = new double[rows];
        for (int i = 0; i < rows; i++) {
            double u = 1 - random.nextDouble();
            values[i] = mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
        }
        return values;
    }

    private static double[] read(Path file) throws IOException {
        var buffer = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN).asDoubleBuffer();
        var values = new double[buffer.remaining()];
        buffer.get(values);
        return values;
    }

    @Benchmark
    public void exactStoredReference(Blackhole sink) {
        for (int f = 0; f < features; f++) {
            sink.consume(NumericDrift.compare(storedReference[f], StepCdf.ofSample(current[f])));
        }
    }

    @Benchmark
    public void exactFromRaw(Blackhole sink) {
        for (int f = 0; f < features; f++) {
            sink.consume(NumericDrift.compare(StepCdf.ofSample(reference[f]), StepCdf.ofSample(current[f])));
        }
    }

    @Benchmark
    public void sketchStored(Blackhole sink) {
        for (int f = 0; f < features; f++) {
            sink.consume(NumericDrift.compare(referenceSketch[f], currentSketch[f], referenceDeciles[f],
                    currentCounts[f]));
        }
    }

    @Benchmark
    public void sketchFromRaw(Blackhole sink) {
        for (int f = 0; f < features; f++) {
            KllDoublesSketch window = Sketches.of(current[f]);
            var counts = BinCounts.of(referenceDeciles[f].bins(), current[f]);
            sink.consume(NumericDrift.compare(referenceSketch[f], StepCdf.ofSketch(window), referenceDeciles[f],
                    counts));
        }
    }
}
