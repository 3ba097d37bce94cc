package org.steward.monitoring;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.steward.drift.CategoricalDrift;
import org.steward.drift.DriftCriterion;
import org.steward.drift.DriftTest;
import org.steward.drift.BinCounts;
import org.steward.drift.NumericDrift;
import org.steward.drift.Sketches;
import org.steward.drift.StepCdf;
import org.steward.monitoring.EvaluationResult.FeatureDrift;
import org.steward.monitoring.EvaluationResult.FeatureQuality;
import org.steward.monitoring.EvaluationResult.Finding;
import org.steward.monitoring.EvaluationResult.Histogram;
import org.steward.monitoring.EvaluationResult.Operational;
import org.steward.monitoring.EvaluationResult.Performance;
import org.steward.monitoring.EvaluationResult.Quality;

/** Judges a production window against a baseline under a monitoring policy (docs/monitoring.md); pure. */
final class Evaluator {

    static final int HISTOGRAM_BINS = 10;
    static final int HISTOGRAM_CATEGORIES = 12;
    /** Fewest rows a category needs on one side to be named in a histogram or a baseline's schema. */
    static final int MIN_NAMED = 5;
    static final String RARE = "(categories of fewer than " + MIN_NAMED + " rows)";
    private static final double OFF_SCALE = 1000;

    private final BaselineSummary baseline;
    private final MonitoringPolicySpec policy;
    private final int policyVersion;
    private final List<Finding> findings = new ArrayList<>();

    private Evaluator(BaselineSummary baseline, MonitoringPolicySpec policy, int policyVersion) {
        this.baseline = baseline;
        this.policy = policy;
        this.policyVersion = policyVersion;
    }

    /**
     * Evaluates the window. {@code referenceAuc} (e.g. the version's validation test AUC) is preferred over the
     * baseline's own; {@code referenceSource} says where it came from.
     */
    static EvaluationResult evaluate(BaselineSummary baseline, Window window, MonitoringPolicySpec policy,
                                     int policyVersion, @Nullable Double referenceAuc, String referenceSource) {
        return new Evaluator(baseline, policy, policyVersion).run(window, referenceAuc, referenceSource);
    }

    private EvaluationResult run(Window window, @Nullable Double referenceAuc, String referenceSource) {
        var rows = window.rows();
        var quality = quality(rows);
        var drifts = new ArrayList<FeatureDrift>();
        for (var feature : baseline.features()) {
            drifts.add(drift(feature, rows.stream()
                    .map(r -> r.features().getOrDefault(feature.name(), Cell.MISSING)).toList()));
        }
        var prediction = drift(baseline.output(), rows.stream()
                .map(r -> r.output() == null ? Cell.MISSING : Cell.of(r.output())).toList());
        judgeDrift(drifts, prediction);
        var performance = performance(rows, referenceAuc != null ? referenceAuc : baseline.referenceAuc(),
                referenceAuc != null ? referenceSource : "baseline outcomes");
        var operational = operational(window);
        var status = findings.stream().map(Finding::level).reduce(MonitoringStatus.GREEN, MonitoringStatus::max);
        return new EvaluationResult(status, findings, drifts, prediction, quality, performance, operational,
                policyVersion, policy.describeWindow());
    }

    private Quality quality(List<ObservationRow> rows) {
        var perFeature = new ArrayList<FeatureQuality>();
        long missing = 0;
        long outOfRange = 0;
        long numericValues = 0;
        long unseen = 0;
        long categoricalValues = 0;
        long typeErrors = 0;
        long numericCells = 0;
        for (var feature : baseline.features()) {
            long m = 0;
            long o = 0;
            long u = 0;
            long t = 0;
            for (var row : rows) {
                var cell = row.features().getOrDefault(feature.name(), Cell.MISSING);
                if (cell.missing()) {
                    m++;
                } else if (feature.kind() == FeatureKind.NUMERIC) {
                    numericCells++;
                    if (!cell.isNumber()) {
                        t++;
                    } else {
                        numericValues++;
                        if (cell.number() < feature.min() || cell.number() > feature.max()) {
                            o++;
                        }
                    }
                } else {
                    categoricalValues++;
                    if (!feature.categories().containsKey(cell.category())) {
                        u++;
                    }
                }
            }
            missing += m;
            outOfRange += o;
            unseen += u;
            typeErrors += t;
            perFeature.add(new FeatureQuality(feature.name(), m, o, u, t));
        }
        var unknown = new LinkedHashSet<String>();
        var seen = new HashSet<String>();
        long duplicates = 0;
        for (var row : rows) {
            for (var name : row.features().keySet()) {
                if (baseline.feature(name).isEmpty()) {
                    unknown.add(name);
                }
            }
            if (row.requestId() != null && !seen.add(row.requestId())) {
                duplicates++;
            }
        }
        long cells = (long) rows.size() * baseline.features().size();
        var quality = new Quality(rows.size(), rate(missing, cells), rate(outOfRange, numericValues),
                rate(unseen, categoricalValues), rate(typeErrors, numericCells), duplicates,
                rate(duplicates, rows.size()), List.copyOf(unknown), perFeature);
        judge("quality", "missing values", quality.missingRate(), policy.missingRate());
        judge("quality", "out-of-range values", quality.outOfRangeRate(), policy.outOfRangeRate());
        judge("quality", "unseen categories", quality.unseenRate(), policy.unseenRate());
        judge("quality", "type errors", quality.typeErrorRate(), policy.typeErrorRate());
        judge("quality", "duplicate request ids", quality.duplicateRate(), policy.duplicateRate());
        if (!unknown.isEmpty()) {
            findings.add(new Finding(MonitoringStatus.AMBER, "quality", "Features not in the baseline: "
                    + String.join(", ", unknown) + " (schema changed?)"));
        }
        return quality;
    }

    private void judge(String area, String what, double rate, Limit limit) {
        var level = limit.level(rate);
        if (level != MonitoringStatus.GREEN) {
            var bound = level == MonitoringStatus.RED ? limit.red() : limit.amber();
            findings.add(new Finding(level, area, "Rate of " + what + " " + percent(rate) + " exceeds the "
                    + level + " limit " + percent(bound)));
        }
    }

    private FeatureDrift drift(FeatureSummary reference, List<Cell> cells) {
        var asCategories = reference.comparedAsCategories();
        var criterion = policy.criteria().get(reference.name());
        var overridden = criterion != null;
        var defaults = DriftCriterion.defaultFor(reference.kind() == FeatureKind.NUMERIC, reference.count(),
                reference.distinct());
        if (criterion == null) {
            criterion = defaults;
        }
        var note = "";
        if (asCategories) {
            var counts = new TreeMap<String, Long>();
            for (var cell : cells) {
                if (!cell.missing() && (reference.kind() == FeatureKind.CATEGORICAL || cell.isNumber())) {
                    counts.merge(cell.category(), 1L, Long::sum);
                }
            }
            long n = counts.values().stream().mapToLong(Long::longValue).sum();
            var histogram = categoryHistogram(reference, counts, n);
            if (n < policy.minRows() || reference.count() == 0) {
                return notJudged(reference, criterion, n, overridden, histogram);
            }
            var drift = CategoricalDrift.compare(reference.categories(), counts);
            double value;
            try {
                value = criterion.test().valueOf(drift);
            } catch (IllegalArgumentException e) {
                note = "the policy's " + criterion.test().label() + " does not apply to categories; default used";
                criterion = defaults;
                value = criterion.test().valueOf(drift);
            }
            return judged(reference, criterion, value, true, n, overridden, histogram, note);
        }
        var values = cells.stream().filter(Cell::isNumber).mapToDouble(Cell::number).toArray();
        if (values.length < policy.minRows() || reference.count() == 0) {
            var histogram = values.length == 0 || reference.count() == 0 ? emptyHistogram()
                    : numericHistogram(reference.distribution(), StepCdf.ofSample(values));
            return notJudged(reference, criterion, values.length, overridden, histogram);
        }
        var ref = reference.distribution();
        var current = ref.exact() ? StepCdf.ofSample(values) : StepCdf.ofSketch(Sketches.of(values));
        var bins = reference.binCounts();
        var drift = ref.exact() || bins == null ? NumericDrift.compare(ref, current)
                : NumericDrift.compare(ref, current, bins, BinCounts.of(bins.bins(), values));
        double value;
        try {
            value = criterion.test().valueOf(drift);
        } catch (IllegalArgumentException e) {
            note = "the policy's " + criterion.test().label() + " does not apply to numbers; default used";
            criterion = defaults;
            value = criterion.test().valueOf(drift);
        }
        return judged(reference, criterion, value, drift.exact(), values.length, overridden,
                numericHistogram(ref, StepCdf.ofSample(values)), note);
    }

    private static FeatureDrift judged(FeatureSummary reference, DriftCriterion criterion, double value,
                                       boolean exact, long n, boolean overridden, Histogram histogram, String note) {
        var drifted = criterion.drifted(value);
        return new FeatureDrift(reference.name(), reference.kind(), criterion.test(), criterion.threshold(),
                Double.isNaN(value) ? null : value, drifted, severity(criterion, value), exact, reference.count(), n,
                overridden, histogram, note);
    }

    private FeatureDrift notJudged(FeatureSummary reference, DriftCriterion criterion, long n, boolean overridden,
                                   Histogram histogram) {
        return new FeatureDrift(reference.name(), reference.kind(), null, criterion.threshold(), null, false, 0,
                false, reference.count(), n, overridden, histogram, "too few values to judge (" + n + " < "
                        + policy.minRows() + ")");
    }

    /** How far past its threshold a value is: 1 at the threshold, above 1 beyond it. */
    static double severity(DriftCriterion criterion, double value) {
        if (Double.isNaN(value)) {
            return 0;
        }
        double t = criterion.threshold();
        if (criterion.test().isPValue()) {
            if (t <= 0 || t >= 1) {
                return criterion.drifted(value) ? 1 : 0;
            }
            return value <= 0 ? OFF_SCALE : Math.min(OFF_SCALE, Math.log(value) / Math.log(t));
        }
        return t == 0 ? (value > 0 ? OFF_SCALE : 0) : Math.min(OFF_SCALE, value / t);
    }

    private void judgeDrift(List<FeatureDrift> drifts, FeatureDrift prediction) {
        var judged = drifts.stream().filter(d -> d.test() != null).toList();
        var drifted = judged.stream().filter(FeatureDrift::drifted).map(FeatureDrift::name).toList();
        if (judged.isEmpty() && !baseline.features().isEmpty()) {
            findings.add(new Finding(MonitoringStatus.GREEN, "drift", "No feature had enough values in the window "
                    + "to judge drift (at least " + policy.minRows() + ")"));
        } else if (!drifted.isEmpty()) {
            double share = (double) drifted.size() / judged.size();
            var level = share >= policy.driftRedShare() ? MonitoringStatus.RED : MonitoringStatus.AMBER;
            findings.add(new Finding(level, "drift", drifted.size() + " of " + judged.size() + " features drifted ("
                    + String.join(", ", drifted) + ")" + (level == MonitoringStatus.RED ? ", at least "
                    + percent(policy.driftRedShare()) + " of them" : "")));
        }
        if (prediction.drifted()) {
            findings.add(new Finding(MonitoringStatus.AMBER, "prediction", "The output distribution drifted ("
                    + prediction.test().label() + " " + format(prediction.value()) + ", threshold "
                    + format(prediction.threshold()) + ")"));
        }
    }

    private @Nullable Performance performance(List<ObservationRow> rows, @Nullable Double referenceAuc,
                                              String source) {
        var joined = rows.stream().filter(r -> r.outcome() != null && r.output() != null).toList();
        if (joined.isEmpty()) {
            return null;
        }
        if (joined.size() < policy.minOutcomes()) {
            return new Performance(joined.size(), null, referenceAuc, source, null);
        }
        var p = new double[joined.size()];
        var y = new int[joined.size()];
        for (int i = 0; i < p.length; i++) {
            p[i] = joined.get(i).output();
            double outcome = joined.get(i).outcome();
            if ((outcome != 0 && outcome != 1) || p[i] < 0 || p[i] > 1) {
                return new Performance(joined.size(), null, referenceAuc, source, null);
            }
            y[i] = (int) outcome;
        }
        var auc = BaselineBuilder.auc(p, y);
        Double drop = auc == null || referenceAuc == null ? null : referenceAuc - auc;
        if (drop != null) {
            var level = policy.aucDrop().level(drop);
            if (level != MonitoringStatus.GREEN) {
                findings.add(new Finding(level, "performance", "ROC AUC " + format(auc) + " on " + joined.size()
                        + " outcomes is " + format(drop) + " below the reference " + format(referenceAuc) + " ("
                        + source + "); " + level + " limit " + format(level == MonitoringStatus.RED
                        ? policy.aucDrop().red() : policy.aucDrop().amber())));
            }
        }
        return new Performance(joined.size(), auc, referenceAuc, source, drop);
    }

    private Operational operational(Window window) {
        var rows = window.rows();
        var serving = window.serving();
        var latencies = rows.stream().map(ObservationRow::latencyMs).filter(java.util.Objects::nonNull)
                .mapToDouble(Double::doubleValue).toArray();
        Double p50 = null;
        Double p95 = null;
        Double p99 = null;
        String latencySource = null;
        if (latencies.length > 0) {
            var cdf = StepCdf.ofSample(latencies);
            p50 = cdf.quantile(0.5);
            p95 = cdf.quantile(0.95);
            p99 = cdf.quantile(0.99);
            latencySource = "rows";
        } else if (serving.stream().anyMatch(s -> s.latencyP95Ms() != null)) {
            // percentiles of separate periods cannot be merged exactly: judge the worst period
            p50 = worst(serving, ServingPeriodView::latencyP50Ms);
            p95 = worst(serving, ServingPeriodView::latencyP95Ms);
            p99 = worst(serving, ServingPeriodView::latencyP99Ms);
            latencySource = "serving statistics (worst period)";
        }
        if (p95 != null) {
            var level = policy.latencyP95Ms().level(p95);
            if (level != MonitoringStatus.GREEN) {
                findings.add(new Finding(level, "operations", "Latency p95 " + format(p95) + " ms exceeds the "
                        + level + " limit " + format(level == MonitoringStatus.RED ? policy.latencyP95Ms().red()
                        : policy.latencyP95Ms().amber()) + " ms"));
            }
        }
        Long served = null;
        double errorRate;
        if (serving.isEmpty()) {
            errorRate = rate(rows.stream().filter(ObservationRow::failed).count(), rows.size());
        } else {
            served = serving.stream().mapToLong(ServingPeriodView::requests).sum();
            errorRate = rate(serving.stream().mapToLong(ServingPeriodView::errors).sum(), served);
        }
        judge("operations", "failed requests", errorRate, policy.errorRate());
        var span = Duration.between(window.firstObservedAt(), window.lastObservedAt());
        Double throughput = window.batches() > 1 && !span.isZero()
                ? rows.size() * 3_600_000.0 / span.toMillis() : null;
        return new Operational(rows.size(), window.batches(), errorRate, p50, p95, p99, throughput, served,
                worst(serving, ServingPeriodView::cpuUtilisation), worst(serving, ServingPeriodView::memoryMb),
                latencySource);
    }

    private static @Nullable Double worst(List<ServingPeriodView> periods,
                                          java.util.function.Function<ServingPeriodView, @Nullable Double> figure) {
        return periods.stream().map(figure).filter(java.util.Objects::nonNull).max(Double::compare).orElse(null);
    }

    private static Histogram numericHistogram(StepCdf reference, StepCdf current) {
        double low = Math.min(reference.quantile(0), current.quantile(0));
        double high = Math.max(reference.quantile(1), current.quantile(1));
        if (!(high > low)) {
            return new Histogram(List.of(format(low)), List.of(1.0), List.of(1.0));
        }
        var bins = new ArrayList<String>();
        var ref = new ArrayList<Double>();
        var cur = new ArrayList<Double>();
        double width = (high - low) / HISTOGRAM_BINS;
        double previousRef = 0;
        double previousCur = 0;
        for (int i = 1; i <= HISTOGRAM_BINS; i++) {
            double edge = i == HISTOGRAM_BINS ? high : low + i * width;
            double r = reference.cdf(edge);
            double c = current.cdf(edge);
            bins.add(format(low + (i - 1) * width) + "–" + format(edge));
            ref.add(r - previousRef);
            cur.add(c - previousCur);
            previousRef = r;
            previousCur = c;
        }
        return new Histogram(bins, ref, cur);
    }

    /**
     * Shares of the reference's categories by count, then of the window's unseen ones, at most
     * {@value #HISTOGRAM_CATEGORIES}. A category fewer than {@value #MIN_NAMED} rows have on either side is not
     * named: it may be one person's value (an id, a free text), so such categories share one bin.
     */
    private static Histogram categoryHistogram(FeatureSummary reference, Map<String, Long> current, long n) {
        var names = new ArrayList<>(reference.categoriesByCount());
        current.keySet().stream().filter(k -> !reference.categories().containsKey(k)).sorted().forEach(names::add);
        var counts = new HashMap<>(reference.categories());
        var named = names.stream().filter(name -> counts.getOrDefault(name, 0L) >= MIN_NAMED
                || current.getOrDefault(name, 0L) >= MIN_NAMED).toList();
        var shown = named.subList(0, Math.min(HISTOGRAM_CATEGORIES, named.size()));
        var bins = new ArrayList<String>(shown);
        var ref = new ArrayList<Double>();
        var cur = new ArrayList<Double>();
        for (var name : shown) {
            ref.add(rate(counts.getOrDefault(name, 0L), reference.count()));
            cur.add(rate(current.getOrDefault(name, 0L), n));
        }
        var isNamed = new HashSet<>(named);
        var rare = names.stream().filter(name -> !isNamed.contains(name)).toList();
        if (!rare.isEmpty()) {
            bins.add(RARE);
            ref.add(rate(rare.stream().mapToLong(name -> counts.getOrDefault(name, 0L)).sum(), reference.count()));
            cur.add(rate(rare.stream().mapToLong(name -> current.getOrDefault(name, 0L)).sum(), n));
        }
        return new Histogram(bins, ref, cur);
    }

    private static Histogram emptyHistogram() {
        return new Histogram(List.of(), List.of(), List.of());
    }

    private static double rate(long count, long total) {
        return total == 0 ? 0 : (double) count / total;
    }

    static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f%%", share * 100);
    }

    static String format(@Nullable Double value) {
        return Figures.threeDigits(value);
    }
}
