package org.steward.monitoring;

import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.steward.drift.BinCounts;
import org.steward.drift.DriftCriterion;
import org.steward.drift.QuantileBins;
import org.steward.drift.Sketches;
import org.steward.drift.StepCdf;

/**
 * The baseline summary of one feature (or of the model's output): its kind, how many values and missing values
 * the reference had, its allowed range (reference min and max, numeric only), the exact sorted values when there
 * are at most the configured limit of them, a KLL sketch (base64) of every value, the number of distinct values
 * (counted up to {@value #DISTINCT_CAP}), the category counts (categorical features, and numeric ones with at
 * most {@link DriftCriterion#FEW_VALUES} distinct values, which drift is judged on as categories) and, numeric only,
 * the reference's exact decile edges and its counts in them, so that PSI stays exact when drift is judged on the
 * sketch (null in baselines stored before they were kept: PSI then comes from the sketch too).
 */
public record FeatureSummary(String name, FeatureKind kind, long count, long missing, @Nullable Double min,
                             @Nullable Double max, double @Nullable [] exact, @Nullable String sketch,
                             long distinct, Map<String, Long> categories, double @Nullable [] decileEdges,
                             long @Nullable [] decileCounts) {

    static final int DISTINCT_CAP = 100_000;

    public FeatureSummary {
        categories = Map.copyOf(categories);
    }

    /** Summarises the cells of a feature; numeric if every present cell is a number. */
    static FeatureSummary of(String name, List<Cell> cells, int exactLimit) {
        var present = cells.stream().filter(c -> !c.missing()).toList();
        long missing = cells.size() - present.size();
        boolean numeric = !present.isEmpty() && present.stream().allMatch(Cell::isNumber);
        var counts = new HashMap<String, Long>();
        for (var cell : present) {
            if (counts.size() <= DISTINCT_CAP || counts.containsKey(cell.category())) {
                counts.merge(cell.category(), 1L, Long::sum);
            }
        }
        long distinct = counts.size();
        if (!numeric) {
            return new FeatureSummary(name, FeatureKind.CATEGORICAL, present.size(), missing, null, null, null, null,
                    distinct, counts, null, null);
        }
        var values = present.stream().mapToDouble(c -> c.number()).toArray();
        Arrays.sort(values);
        var sketch = Base64.getEncoder().encodeToString(Sketches.of(values).toByteArray());
        var deciles = BinCounts.deciles(StepCdf.ofSample(values));
        return new FeatureSummary(name, FeatureKind.NUMERIC, values.length, missing, values[0],
                values[values.length - 1], values.length <= exactLimit ? values : null, sketch, distinct,
                distinct <= DriftCriterion.FEW_VALUES ? new TreeMap<>(counts) : Map.of(), deciles.bins().edges(),
                deciles.counts());
    }

    /** The same summary without the exact values: drift is judged on the sketch. */
    FeatureSummary withoutExact() {
        return new FeatureSummary(name, kind, count, missing, min, max, null, sketch, distinct, categories,
                decileEdges, decileCounts);
    }

    /** The reference's exact counts in its decile bins, when the baseline kept them. */
    @Nullable BinCounts binCounts() {
        return decileEdges == null || decileCounts == null ? null
                : new BinCounts(new QuantileBins(decileEdges), decileCounts);
    }

    /** Whether drift is judged on category counts: categorical, or numeric with few distinct values. */
    boolean comparedAsCategories() {
        return kind == FeatureKind.CATEGORICAL || distinct <= DriftCriterion.FEW_VALUES;
    }

    /** The reference distribution: exact when the values were kept, otherwise the sketch. */
    StepCdf distribution() {
        if (exact != null) {
            return StepCdf.ofSample(exact);
        }
        if (sketch == null) {
            throw new IllegalStateException("Feature '" + name + "' has no numeric summary.");
        }
        return StepCdf.ofSketch(org.apache.datasketches.kll.KllDoublesSketch.heapify(
                MemorySegment.ofArray(Base64.getDecoder().decode(sketch))));
    }

    /** The categories by count, most frequent first (ties by name). */
    List<String> categoriesByCount() {
        var names = new ArrayList<>(categories.keySet());
        names.sort((a, b) -> {
            int c = Long.compare(categories.get(b), categories.get(a));
            return c != 0 ? c : a.compareTo(b);
        });
        return names;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FeatureSummary f && name.equals(f.name) && kind == f.kind && count == f.count
                && missing == f.missing && java.util.Objects.equals(min, f.min) && java.util.Objects.equals(max, f.max)
                && Arrays.equals(exact, f.exact) && java.util.Objects.equals(sketch, f.sketch)
                && distinct == f.distinct && categories.equals(f.categories);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(name, kind, count, Arrays.hashCode(exact), sketch);
    }

    @Override
    public String toString() {
        return "FeatureSummary[" + name + ", " + kind + ", " + count + " values]";
    }
}
