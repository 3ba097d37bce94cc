package org.steward.fairness.bench;

import java.util.LinkedHashMap;
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
import org.steward.dataset.ScoredSample;
import org.steward.dataset.Split;
import org.steward.dataset.TaskType;
import org.steward.fairness.measure.BootstrapSettings;
import org.steward.fairness.measure.FairnessData;
import org.steward.fairness.measure.FairnessEvaluation;
import org.steward.fairness.measure.FairnessPolicySpec;
import org.steward.fairness.measure.FairnessResult;
import org.steward.fairness.measure.Measure;
import org.steward.fairness.measure.MeasureLimit;
import org.steward.fairness.measure.ReferenceMode;
import org.steward.fairness.measure.RowSelection;

/**
 * A whole fairness audit without the database, from the scored sample's columns to the result: 100,000 test rows,
 * two sensitive attributes (sex with 2 groups, age band with 5) and their intersection (10 groups), all six
 * measures, 1000 bootstrap resamples, ROC and calibration curves. Target: under 2 s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
@Warmup(iterations = 3)
@Measurement(iterations = 10)
public class FairnessBenchmark {

    @Param("100000")
    int rows;

    @Param("1000")
    int resamples;

    ScoredSample sample;
    FairnessPolicySpec policy;

    @Setup
    public void build() {
        var rng = new SplittableRandom(1);
        var sexes = List.of("female", "male");
        var bands = List.of("under_25", "25_34", "35_44", "45_59", "60_plus");
        var sex = new String[rows];
        var age = new String[rows];
        var outcome = new double[rows];
        var output = new double[rows];
        var split = new Split[rows];
        for (int i = 0; i < rows; i++) {
            sex[i] = sexes.get(rng.nextInt(2));
            age[i] = bands.get(rng.nextInt(5));
            outcome[i] = rng.nextDouble() < 0.3 ? 1 : 0;
            output[i] = Math.clamp(rng.nextGaussian() * 0.2 + (outcome[i] == 1 ? 0.6 : 0.35), 0, 1);
            split[i] = Split.TEST;
        }
        var sensitive = new LinkedHashMap<String, String[]>();
        sensitive.put("sex", sex);
        sensitive.put("age_band", age);
        sample = new ScoredSample(TaskType.BINARY, List.of("rejected", "granted"), "granted", 0.5, output, outcome,
                split, sensitive, List.of());
        policy = new FairnessPolicySpec(List.of(MeasureLimit.of(Measure.DISPARATE_IMPACT, 0.8),
                MeasureLimit.of(Measure.EQUALIZED_ODDS_DIFFERENCE, 0.1),
                MeasureLimit.of(Measure.EQUAL_OPPORTUNITY_DIFFERENCE, 0.1)), ReferenceMode.BETWEEN_GROUPS, null,
                30, true, 180, RowSelection.TEST);
    }

    @Benchmark
    public FairnessResult audit() {
        return FairnessEvaluation.evaluate(FairnessData.of(sample, policy.rows()), policy,
                new BootstrapSettings(resamples, 0.95, 42));
    }
}
