package org.steward.explain.method.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
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
import org.steward.dataset.Progress;
import org.steward.dataset.ScoredSample;
import org.steward.dataset.ScoredSample.Feature;
import org.steward.dataset.Split;
import org.steward.dataset.TaskType;
import org.steward.explain.method.ExplanationCalculator;
import org.steward.explain.method.ExplanationReport;
import org.steward.explain.method.ExplanationSettings;

/**
 * Cost of a whole surrogate explanation with the default settings: fitting the random forest, tree SHAP of the
 * explained rows, permutation importance with its repeats, and (beyond what the target covers) partial dependence,
 * ICE and the rule tree. The model's output mixes linear, non-linear and interaction terms of 20 features.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
@Warmup(iterations = 2)
@Measurement(iterations = 5)
public class ExplanationBenchmark {

    @Param("10000")
    int rows;

    @Param("20")
    int features;

    ScoredSample sample;

    @Setup
    public void sample() {
        var random = new SplittableRandom(42);
        var columns = new double[features][rows];
        var output = new double[rows];
        for (var i = 0; i < rows; i++) {
            for (var j = 0; j < features; j++) {
                columns[j][i] = random.nextDouble();
            }
            output[i] = 3 * columns[0][i] - 2 * columns[1][i] + Math.sin(6 * columns[2][i])
                    + 2 * columns[3][i] * columns[4][i] + 0.5 * columns[5][i] + 0.1 * (random.nextDouble() - 0.5);
        }
        List<Feature> list = new ArrayList<>();
        for (var j = 0; j < features; j++) {
            list.add(new Feature("x" + (j + 1), columns[j], null));
        }
        var split = new Split[rows];
        Arrays.fill(split, Split.TEST);
        sample = new ScoredSample(TaskType.REGRESSION, List.of(), null, 0, output, output.clone(), split, Map.of(),
                list);
    }

    @Benchmark
    public ExplanationReport explain() {
        return ExplanationCalculator.compute(sample, ExplanationSettings.DEFAULT, Progress.NONE).report();
    }
}
