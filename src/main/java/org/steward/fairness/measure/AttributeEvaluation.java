package org.steward.fairness.measure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.steward.fairness.measure.FairnessResult.AttributeResult;
import org.steward.fairness.measure.FairnessResult.Estimate;
import org.steward.fairness.measure.FairnessResult.GroupCurves;
import org.steward.fairness.measure.FairnessResult.GroupResult;
import org.steward.fairness.measure.FairnessResult.GroupValue;
import org.steward.fairness.measure.FairnessResult.MeasureResult;

/**
 * The audit of one attribute: group figures, measures against the policy and their bootstrap intervals. The
 * bootstrap is stratified by group: group sizes stay fixed and each group's rows are resampled within the group.
 * A resample of a group is then a multinomial draw of its n rows over its four confusion cells (TP, FP, TN, FN)
 * with the observed cell shares, which is exactly what resampling its rows with replacement gives, at a cost per
 * resample of a few binomial draws per group instead of one draw per row.
 */
final class AttributeEvaluation {

    private static final int SELECTION = 0;
    private static final int TPR = 1;
    private static final int FPR = 2;
    private static final int PRECISION = 3;
    private static final int ACCURACY = 4;
    private static final int RATES = 5;
    private static final Measure[] MEASURES = Measure.values();

    private final Attribute attribute;
    private final FairnessPolicySpec spec;
    private final BootstrapSettings bootstrap;
    private final List<String> warnings;
    private final int[] sizes;
    private final int[] compared;
    private final int reference;

    AttributeEvaluation(Attribute attribute, FairnessPolicySpec spec, BootstrapSettings bootstrap,
                        List<String> warnings) {
        this.attribute = attribute;
        this.spec = spec;
        this.bootstrap = bootstrap;
        this.warnings = warnings;
        this.sizes = attribute.sizes();
        this.compared = IntStream.range(0, sizes.length).filter(g -> sizes[g] >= spec.minGroupSize()).toArray();
        for (int g = 0; g < sizes.length; g++) {
            if (sizes[g] < spec.minGroupSize()) {
                warnings.add(attribute.name() + ": group '" + name(g) + "' has " + sizes[g] + " rows, fewer than "
                        + spec.minGroupSize() + ": shown, not compared");
            }
        }
        this.reference = reference();
    }

    AttributeResult evaluate(Outcomes outcomes) {
        return switch (outcomes) {
            case Outcomes.Binary b -> binary(b);
            case Outcomes.Multiclass m -> multiclass(m);
            case Outcomes.Regression r -> regression(r);
        };
    }

    private AttributeResult binary(Outcomes.Binary o) {
        int groups = sizes.length;
        var cells = new long[groups][4];
        var positives = new int[groups];
        for (int i = 0; i < o.rows(); i++) {
            int g = attribute.group()[i];
            cells[g][o.predicted()[i] ? (o.actual()[i] ? Disparity.TP : Disparity.FP)
                    : (o.actual()[i] ? Disparity.FN : Disparity.TN)]++;
            if (o.actual()[i]) {
                positives[g]++;
            }
        }
        var curves = curves(o, positives);
        var disparity = compared.length >= 2 ? new Disparity(attribute.groups(), compared, reference) : null;

        int resamples = bootstrap.resamples();
        var rateReps = new double[groups][RATES][resamples];
        var measureReps = new double[MEASURES.length][resamples];
        var rng = new SplittableRandom(bootstrap.seed() ^ (0x9E3779B97F4A7C15L * attribute.name().hashCode()));
        var resampled = new long[groups][4];
        for (int b = 0; b < resamples; b++) {
            for (int g = 0; g < groups; g++) {
                BinomialSampler.multinomial(rng, cells[g], sizes[g], resampled[g]);
                for (int k = 0; k < RATES; k++) {
                    rateReps[g][k][b] = rate(resampled[g], k);
                }
            }
            if (disparity != null) {
                for (var m : MEASURES) {
                    measureReps[m.ordinal()][b] = disparity.of(m, resampled).value();
                }
            }
        }

        var groupResults = new ArrayList<GroupResult>();
        for (int g = 0; g < groups; g++) {
            var c = cells[g];
            groupResults.add(new GroupResult(name(g), sizes[g], positives[g], (int) (c[Disparity.TP] + c[Disparity.FP]),
                    estimate(c, SELECTION, rateReps[g]), estimate(c, TPR, rateReps[g]), estimate(c, FPR, rateReps[g]),
                    estimate(c, PRECISION, rateReps[g]), estimate(c, ACCURACY, rateReps[g]),
                    Estimate.of(curves.get(g).auc()), sizes[g] < spec.minGroupSize()));
        }
        var measures = new ArrayList<MeasureResult>();
        for (var m : MEASURES) {
            measures.add(disparity == null ? notComparable(m) : measure(m, disparity.of(m, cells),
                    measureReps[m.ordinal()]));
        }
        return new AttributeResult(attribute.name(), attribute.intersection(), referenceName(), groupResults,
                measures, metricGap(groupResults), attribute.intersection() ? List.of() : curves);
    }

    private AttributeResult multiclass(Outcomes.Multiclass o) {
        int groups = sizes.length;
        var correct = new long[groups];
        for (int i = 0; i < o.rows(); i++) {
            if (o.predicted()[i] == o.actual()[i]) {
                correct[attribute.group()[i]]++;
            }
        }
        var rng = new SplittableRandom(bootstrap.seed() ^ (0x9E3779B97F4A7C15L * attribute.name().hashCode()));
        var groupResults = new ArrayList<GroupResult>();
        for (int g = 0; g < groups; g++) {
            var reps = new double[bootstrap.resamples()];
            double share = (double) correct[g] / sizes[g];
            for (int b = 0; b < reps.length; b++) {
                reps[b] = (double) BinomialSampler.sample(rng, sizes[g], share) / sizes[g];
            }
            var accuracy = Percentiles.interval(share, reps, bootstrap.confidence());
            groupResults.add(otherTask(g, accuracy, accuracy));
        }
        return new AttributeResult(attribute.name(), attribute.intersection(), referenceName(), groupResults,
                binaryOnly("multiclass"), metricGap(groupResults), List.of());
    }

    private AttributeResult regression(Outcomes.Regression o) {
        var absoluteErrors = new double[sizes.length];
        for (int i = 0; i < o.rows(); i++) {
            absoluteErrors[attribute.group()[i]] += Math.abs(o.predicted()[i] - o.actual()[i]);
        }
        var groupResults = new ArrayList<GroupResult>();
        for (int g = 0; g < sizes.length; g++) {
            groupResults.add(otherTask(g, Estimate.NONE, Estimate.of(absoluteErrors[g] / sizes[g])));
        }
        return new AttributeResult(attribute.name(), attribute.intersection(), referenceName(), groupResults,
                binaryOnly("regression"), metricGap(groupResults), List.of());
    }

    private GroupResult otherTask(int g, Estimate accuracy, Estimate metric) {
        return new GroupResult(name(g), sizes[g], null, null, Estimate.NONE, Estimate.NONE, Estimate.NONE,
                Estimate.NONE, accuracy, metric, sizes[g] < spec.minGroupSize());
    }

    private MeasureResult measure(Measure m, Disparity.Value v, double[] replicates) {
        var limit = spec.limitOf(m).orElse(null);
        if (!v.defined()) {
            return new MeasureResult(m, Estimate.NONE, limit, limit == null ? null : Verdict.NOT_EVALUABLE,
                    v.reason(), List.of(), List.of());
        }
        var value = Percentiles.interval(v.value(), replicates, bootstrap.confidence());
        var groupValues = new ArrayList<GroupValue>();
        if (v.perGroup() != null) {
            for (int g = 0; g < sizes.length; g++) {
                double r = v.perGroup()[g];
                groupValues.add(new GroupValue(name(g), Double.isNaN(r) ? null : r));
            }
        }
        var worst = worstGroups(m, v, limit);
        Verdict verdict = null;
        String reason = null;
        if (limit != null) {
            verdict = limit.meets(v.value()) ? Verdict.PASS : Verdict.FAIL;
            if (verdict == Verdict.FAIL) {
                reason = Numbers.format(v.value()) + " is " + (limit.direction() == Direction.AT_MOST ? "above"
                        : "below") + " the limit " + Numbers.format(limit.limit()) + " ("
                        + String.join(" vs ", worst.stream().map(w -> "'" + w + "'").toList()) + ")";
            }
        }
        return new MeasureResult(m, value, limit, verdict, reason, worst, groupValues);
    }

    /** The groups that set the value; for disparate impact under a limit, every group below it, worst first. */
    private List<String> worstGroups(Measure m, Disparity.Value v, @Nullable MeasureLimit limit) {
        if (m == Measure.DISPARATE_IMPACT && limit != null && v.perGroup() != null) {
            var ratios = v.perGroup();
            var below = Arrays.stream(compared).filter(g -> !limit.meets(ratios[g])).boxed()
                    .sorted(Comparator.comparingDouble(g -> ratios[g])).map(this::name).toList();
            if (!below.isEmpty()) {
                return below;
            }
        }
        return Arrays.stream(v.worst()).mapToObj(this::name).toList();
    }

    private MeasureResult notComparable(Measure m) {
        var limit = spec.limitOf(m).orElse(null);
        String reason;
        if (sizes.length < 2) {
            reason = "only one group ('" + name(0) + "') in the audited rows";
        } else {
            var small = IntStream.range(0, sizes.length).filter(g -> sizes[g] < spec.minGroupSize())
                    .mapToObj(g -> "'" + name(g) + "' n=" + sizes[g]).toList();
            reason = "fewer than two groups have at least " + spec.minGroupSize() + " rows (too small: "
                    + String.join(", ", small) + ")";
        }
        return new MeasureResult(m, Estimate.NONE, limit, limit == null ? null : Verdict.NOT_EVALUABLE, reason,
                List.of(), List.of());
    }

    private List<MeasureResult> binaryOnly(String task) {
        return spec.limits().stream().map(l -> new MeasureResult(l.measure(), Estimate.NONE, l,
                Verdict.NOT_EVALUABLE, "defined for binary classifiers only; this is a " + task + " model",
                List.<String>of(), List.<GroupValue>of())).toList();
    }

    private List<GroupCurves> curves(Outcomes.Binary o, int[] positives) {
        int groups = sizes.length;
        var pos = new double[groups][];
        var neg = new double[groups][];
        for (int g = 0; g < groups; g++) {
            pos[g] = new double[positives[g]];
            neg[g] = new double[sizes[g] - positives[g]];
        }
        var p = new int[groups];
        var n = new int[groups];
        for (int i = 0; i < o.rows(); i++) {
            int g = attribute.group()[i];
            if (o.actual()[i]) {
                pos[g][p[g]++] = o.score()[i];
            } else {
                neg[g][n[g]++] = o.score()[i];
            }
        }
        var result = new ArrayList<GroupCurves>();
        for (int g = 0; g < groups; g++) {
            var c = new Curves(pos[g], neg[g]);
            boolean drawn = !attribute.intersection();
            result.add(new GroupCurves(name(g), c.auc(), drawn ? c.roc() : List.of(),
                    drawn ? c.calibration() : List.of()));
        }
        return result;
    }

    private @Nullable Double metricGap(List<GroupResult> groups) {
        var values = Arrays.stream(compared).mapToObj(groups::get).map(g -> g.metric().value())
                .filter(v -> v != null).mapToDouble(Double::doubleValue).toArray();
        return values.length < 2 ? null
                : Arrays.stream(values).max().orElseThrow() - Arrays.stream(values).min().orElseThrow();
    }

    private int reference() {
        var wanted = spec.referenceOf(attribute.name());
        if (spec.referenceMode() != ReferenceMode.REFERENCE_GROUP) {
            return -1;
        }
        if (wanted == null) {
            warnings.add(attribute.name() + ": no reference group named; compared between groups");
            return -1;
        }
        int g = attribute.groups().indexOf(wanted);
        if (g < 0) {
            warnings.add(attribute.name() + ": reference group '" + wanted + "' is not in the audited rows; "
                    + "compared between groups");
            return -1;
        }
        if (sizes[g] < spec.minGroupSize()) {
            warnings.add(attribute.name() + ": reference group '" + wanted + "' is too small; compared between groups");
            return -1;
        }
        return g;
    }

    private @Nullable String referenceName() {
        return reference < 0 ? null : name(reference);
    }

    private String name(int g) {
        return attribute.groups().get(g);
    }

    private Estimate estimate(long[] cells, int rate, double[][] replicates) {
        double v = rate(cells, rate);
        return Double.isNaN(v) ? Estimate.NONE : Percentiles.interval(v, replicates[rate], bootstrap.confidence());
    }

    /** A group's rate from its cells; NaN when 0/0. */
    private static double rate(long[] c, int rate) {
        long tp = c[Disparity.TP];
        long fp = c[Disparity.FP];
        long tn = c[Disparity.TN];
        long fn = c[Disparity.FN];
        return switch (rate) {
            case SELECTION -> ratio(tp + fp, tp + fp + tn + fn);
            case TPR -> ratio(tp, tp + fn);
            case FPR -> ratio(fp, fp + tn);
            case PRECISION -> ratio(tp, tp + fp);
            default -> ratio(tp + tn, tp + fp + tn + fn);
        };
    }

    private static double ratio(long num, long den) {
        return den == 0 ? Double.NaN : (double) num / den;
    }
}
