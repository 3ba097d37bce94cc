package org.steward.explain.method;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.steward.base.InvalidInputException;
import org.steward.dataset.ScoredSample;
import org.steward.dataset.TaskType;
import org.steward.explain.method.ExplanationReport.Kind;

/**
 * Per-row attributions computed in the developer's own pipeline (e.g. the SHAP library's values as CSV): one column
 * per mapped feature, optionally a {@value #BASE} column, one row per row of the scored sample in the same order.
 * They are accepted only when, row by row, base value + attributions equal the model's output (or its log-odds, for
 * attributions on the logit scale of a binary model) within the tolerance; then they are summarised like SHAP values.
 */
public final class ImportedAttributions {

    public static final String BASE = "base_value";
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).get();
    private static final int NAMED_ROWS = 5;
    private static final double CLIP = 1e-15;

    /** The scale the attributions add up on. */
    public enum Link {
        /** On the output itself (probability or prediction). */
        IDENTITY,
        /** On the log-odds of a binary model's probability, as tree explainers of classifiers often report. */
        LOGIT
    }

    private ImportedAttributions() {
    }

    /** Checks and summarises the attributions; {@link InvalidInputException} says what does not fit, storing nothing. */
    public static ExplanationReport read(Reader csv, ScoredSample sample, Link link, double tolerance,
                                         ExplanationSettings settings) {
        if (sample.task() == TaskType.MULTICLASS) {
            throw InvalidInputException.of("task", "attributions of multiclass models are not supported yet");
        }
        if (link == Link.LOGIT && sample.task() != TaskType.BINARY) {
            throw InvalidInputException.of("link", "the logit scale applies to binary models only");
        }
        var table = FeatureTable.of(sample, settings);
        List<List<String>> records;
        try (var parser = FORMAT.parse(csv)) {
            records = parser.stream().map(r -> r.toList()).toList();
        } catch (IOException | UncheckedIOException e) {
            throw InvalidInputException.of("file", "is not a readable CSV file: " + e.getMessage());
        }
        if (records.isEmpty()) {
            throw InvalidInputException.of("file", "is empty: expected a header with the feature names");
        }
        var header = records.getFirst().stream().map(String::strip).toList();
        var columns = columns(header, table.names());
        var hasBase = header.contains(BASE);
        var rows = records.size() - 1;
        if (rows != sample.rows()) {
            throw InvalidInputException.of("file", "has " + rows + " rows of attributions; the scored sample has "
                    + sample.rows() + " (one row of attributions per sample row, in the same order)");
        }
        var phi = new double[rows][table.width()];
        var base = new double[rows];
        var bad = new ArrayList<String>();
        for (var i = 0; i < rows; i++) {
            var record = records.get(i + 1);
            if (record.size() != header.size()) {
                bad.add("row " + (i + 1) + " has " + record.size() + " cells, the header " + header.size());
                continue;
            }
            for (var j = 0; j < table.width(); j++) {
                phi[i][j] = number(record.get(columns[j]), i, table.names().get(j), bad);
            }
            base[i] = hasBase ? number(record.get(header.indexOf(BASE)), i, BASE, bad) : Double.NaN;
        }
        if (!bad.isEmpty()) {
            throw InvalidInputException.of("file", String.join("; ", bad.subList(0, Math.min(NAMED_ROWS, bad.size())))
                    + (bad.size() > NAMED_ROWS ? " (and " + (bad.size() - NAMED_ROWS) + " more)" : ""));
        }
        var target = link == Link.LOGIT ? logits(sample.output()) : sample.output();
        var baseValue = hasBase ? base[0] : meanGap(target, phi);
        var error = additivity(target, phi, base, hasBase, baseValue, tolerance, link);
        var all = java.util.stream.IntStream.range(0, rows).toArray();
        var features = Attribution.importances(table, all, phi, null);
        var top = Attribution.top(table, features, Math.min(settings.topFeatures(), table.width()));
        var what = link == Link.LOGIT ? "log-odds of " + ExplanationCalculator.target(sample)
                : ExplanationCalculator.target(sample);
        return new ExplanationReport(Kind.IMPORTED, sample.task(), what, rows, 0, 0, rows, null, baseValue, error,
                features, Attribution.dependence(table, all, phi, top), List.of(), null,
                Narrative.importedSummary(features, rows), String.format(Locale.ROOT, "Imported per-row "
                        + "attributions (%s scale), checked by Steward: one column per feature, one row per sample "
                        + "row; base value + attributions equal the model's output in every row within %s "
                        + "(largest gap %.2e).", link.name().toLowerCase(Locale.ROOT), FeatureTable.format(tolerance),
                        error));
    }

    /** For each feature, its column in the file; missing and unexpected columns are refused by name. */
    private static int[] columns(List<String> header, List<String> features) {
        var problems = new LinkedHashMap<String, String>();
        var missing = features.stream().filter(f -> !header.contains(f)).toList();
        if (!missing.isEmpty()) {
            problems.put("columns", "no attribution column for the feature(s) " + String.join(", ", missing));
        }
        var extra = header.stream().filter(h -> !features.contains(h) && !h.equals(BASE)).toList();
        if (!extra.isEmpty()) {
            problems.put("extra", "column(s) " + String.join(", ", extra) + " are not mapped features of the sample"
                    + " (expected the features and optionally " + BASE + ")");
        }
        var duplicates = header.stream().filter(h -> header.indexOf(h) != header.lastIndexOf(h)).distinct().toList();
        if (!duplicates.isEmpty()) {
            problems.put("duplicates", "column(s) " + String.join(", ", duplicates) + " appear more than once");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return features.stream().mapToInt(header::indexOf).toArray();
    }

    private static double number(String cell, int row, String column, List<String> bad) {
        try {
            var value = Double.parseDouble(cell.strip());
            if (Double.isFinite(value)) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below with its row and column
        }
        bad.add("row " + (row + 1) + ", column " + column + ": '" + cell + "' is not a finite number");
        return 0;
    }

    private static double[] logits(double[] p) {
        var logits = new double[p.length];
        for (var i = 0; i < p.length; i++) {
            var q = Math.min(1 - CLIP, Math.max(CLIP, p[i]));
            logits[i] = Math.log(q / (1 - q));
        }
        return logits;
    }

    private static double meanGap(double[] target, double[][] phi) {
        var sum = 0.0;
        for (var i = 0; i < target.length; i++) {
            sum += target[i] - java.util.Arrays.stream(phi[i]).sum();
        }
        return sum / target.length;
    }

    private static double additivity(double[] target, double[][] phi, double[] base, boolean hasBase,
                                     double baseValue, double tolerance, Link link) {
        var largest = 0.0;
        var failing = new ArrayList<Integer>();
        for (var i = 0; i < target.length; i++) {
            var gap = Math.abs(target[i] - (hasBase ? base[i] : baseValue) - java.util.Arrays.stream(phi[i]).sum());
            largest = Math.max(largest, gap);
            if (gap > tolerance) {
                failing.add(i + 1);
            }
        }
        if (!failing.isEmpty()) {
            Map<String, String> problem = Map.of("additivity", String.format(Locale.ROOT, "in %d of %d rows base value"
                    + " + attributions differ from the model's %s by more than %s (largest gap %.4g; first rows: %s)%s",
                    failing.size(), target.length, link == Link.LOGIT ? "log-odds" : "output",
                    FeatureTable.format(tolerance), largest, failing.subList(0, Math.min(NAMED_ROWS, failing.size())),
                    hasBase ? "" : "; without a " + BASE + " column the base value is taken as constant"));
            throw new InvalidInputException(problem);
        }
        return largest;
    }
}
