package org.steward.statistics.bench;

import java.util.List;
import java.util.SplittableRandom;
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
import org.steward.statistics.BinaryClassification;
import org.steward.statistics.Bootstrap;
import org.steward.statistics.CurvePoint;
import org.steward.statistics.Estimate;

/**
 * Cost of the binary part of a validation report on one split: sorting by score, every metric with its percentile
 * bootstrap interval, the confusion matrix, the thinned ROC and PR curves and the reliability bins.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
@Warmup(iterations = 2)
@Measurement(iterations = 5)
public class ValidationBenchmark {

    @Param("100000")
    int rows;

    @Param("1000")
    int resamples;

    double[] probability;
    int[] outcome;

    @Setup
    public void sample() {
        var random = new SplittableRandom(42);
        probability = new double[rows];
        outcome = new int[rows];
        for (int i = 0; i < rows; i++) {
            // scores rounded to 3 decimals, as many models report them: plenty of ties
            probability[i] = Math.round(random.nextDouble() * 1000) / 1000.0;
            outcome[i] = random.nextDouble() < probability[i] ? 1 : 0;
        }
    }

    @Benchmark
    public List<Estimate> binaryReport() {
        var bootstrap = new Bootstrap(resamples, 20260101L, 0.95);
        var binary = BinaryClassification.of(probability, outcome, 0.5);
        var estimates = bootstrap.estimates(binary, bootstrap.resample(binary, 0, Bootstrap.Listener.NONE));
        var curves = CurvePoint.thin(binary.rocCurve(), 200).size() + CurvePoint.thin(binary.precisionRecallCurve(),
                200).size() + binary.reliability().size() + binary.confusion().total();
        if (curves <= 0 || estimates.getFirst().interval() == null) {
            throw new IllegalStateException("no report");
        }
        return estimates;
    }
}
