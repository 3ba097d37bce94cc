package org.steward.dataset;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * Looks at an uploaded file before it is mapped: the kind and distinct values of each column, a preview, a
 * mapping guessed from names and values, and warnings about columns that identify people. Reads the file once,
 * keeping per column only its distinct values (up to a cap), never the file itself. Pure: no Spring.
 */
final class SampleInspector {

    private static final Set<String> SPLIT_NAMES = Set.of("split", "set", "partition", "fold", "subset", "sample");
    private static final Set<String> OUTPUT_NAMES = Set.of("score", "prob", "proba", "probability", "pred",
            "prediction", "predicted", "yhat", "output", "pd");
    private static final Set<String> OUTCOME_NAMES = Set.of("label", "outcome", "target", "y", "actual", "truth",
            "true", "ytrue", "class", "observed", "default", "defaulted", "churn", "churned", "fraud");
    private static final Set<String> SENSITIVE_NAMES = Set.of("sex", "gender", "age", "race", "ethnicity",
            "ethnic", "religion", "disability", "nationality");
    private static final List<String> POSITIVE_LABELS = List.of("1", "yes", "true", "positive", "y", "default",
            "bad", "fraud", "churn");
    private static final double DEFAULT_THRESHOLD = 0.5;
    private static final int MAX_NUMERIC_GROUPS = 5;
    private static final int MAX_CLASSES = Inspection.MAX_DISTINCT_VALUES;

    private SampleInspector() {
    }

    static Inspection inspect(Path file, String fileName) {
        var profiles = new ArrayList<ColumnProfile>();
        var preview = new ArrayList<List<String>>();
        var rows = CsvSource.read(file, new CsvSource.Rows() {
            @Override
            public void header(List<String> names) {
                names.forEach(n -> profiles.add(new ColumnProfile(n)));
            }

            @Override
            public void row(int row, long line, String[] cells) {
                for (int i = 0; i < cells.length; i++) {
                    profiles.get(i).add(cells[i]);
                }
                if (preview.size() < Inspection.PREVIEW_ROWS) {
                    preview.add(List.of(cells));
                }
            }
        }, bytes -> {
        });
        var columns = profiles.stream().map(p -> new Inspection.Column(p.name(), p.kind(), p.distinctCount(),
                p.values(), p.missing())).toList();
        return new Inspection(fileName, rows, columns, preview, suggest(profiles), warnings(profiles));
    }

    private static List<String> warnings(List<ColumnProfile> profiles) {
        var warnings = new ArrayList<String>();
        for (var p : profiles) {
            var reason = p.identifierReason();
            if (reason != null) {
                warnings.add("Column '" + p.name() + "' " + reason + ": a direct identifier of people or records. "
                        + "Drop it unless an analysis needs it; dropped columns are never stored.");
            }
        }
        for (var p : profiles) {
            if (p.missing() > 0) {
                warnings.add("Column '" + p.name() + "' has " + p.missing() + " blank or missing "
                        + (p.missing() == 1 ? "value" : "values") + "; a mapped column must have none.");
            }
        }
        return warnings;
    }

    private static Inspection.Suggestion suggest(List<ColumnProfile> profiles) {
        var identifiers = profiles.stream().filter(p -> p.identifierReason() != null).map(ColumnProfile::name)
                .toList();
        Predicate<ColumnProfile> usable = p -> !identifiers.contains(p.name());
        var split = first(profiles, usable.and(SampleInspector::holdsSplits));
        if (split == null) {
            split = first(profiles, usable.and(p -> named(p, SPLIT_NAMES)));
        }
        var taken = new LinkedHashSet<String>();
        add(taken, split);
        var output = first(profiles, usable.and(p -> free(p, taken) && named(p, OUTPUT_NAMES)));
        add(taken, output);
        var outcome = first(profiles, usable.and(p -> free(p, taken) && named(p, OUTCOME_NAMES)));
        if (outcome == null) {
            // an unnamed outcome is usually the one two-valued column left that is no sensitive attribute
            outcome = first(profiles.reversed(), usable.and(p -> free(p, taken) && p.values().size() == 2
                    && !named(p, SENSITIVE_NAMES)));
        }
        add(taken, outcome);
        // groups need a few values each: a raw numeric age is no sensitive attribute as it stands (age bands are)
        var sensitive = profiles.stream().filter(usable.and(p -> free(p, taken) && named(p, SENSITIVE_NAMES)
                        && p.values().size() >= 2 && (!p.isNumeric() || p.values().size() <= MAX_NUMERIC_GROUPS)))
                .map(ColumnProfile::name).toList();
        taken.addAll(sensitive);
        var features = profiles.stream().map(ColumnProfile::name)
                .filter(n -> !taken.contains(n) && !identifiers.contains(n)).toList();
        var task = task(profile(profiles, output), profile(profiles, outcome));
        var classes = task == null || task == TaskType.REGRESSION ? List.<String>of()
                : Objects.requireNonNull(profile(profiles, outcome)).values();
        var positive = task == TaskType.BINARY ? positiveClass(classes) : null;
        return new Inspection.Suggestion(task, output, outcome, split, sensitive, features, classes, positive,
                DEFAULT_THRESHOLD, identifiers);
    }

    private static @Nullable TaskType task(@Nullable ColumnProfile output, @Nullable ColumnProfile outcome) {
        if (outcome == null) {
            return null;
        }
        var distinct = outcome.values().size();
        if (distinct == 2) {
            return TaskType.BINARY;
        }
        if (outcome.isNumeric() && (distinct == 0 || (output != null && output.isNumeric() && !output.isProbability()
                && output.distinctCount() > MAX_CLASSES))) {
            return TaskType.REGRESSION;
        }
        return distinct >= 3 ? TaskType.MULTICLASS : null;
    }

    private static @Nullable String positiveClass(List<String> classes) {
        for (var label : POSITIVE_LABELS) {
            for (var c : classes) {
                if (c.toLowerCase(Locale.ROOT).equals(label)) {
                    return c;
                }
            }
        }
        return classes.isEmpty() ? null : classes.getLast();
    }

    private static boolean holdsSplits(ColumnProfile p) {
        var values = p.values();
        return !values.isEmpty() && values.stream().allMatch(v -> Split.parse(v).isPresent());
    }

    private static boolean named(ColumnProfile p, Set<String> names) {
        return ColumnProfile.tokens(p.name()).stream().anyMatch(names::contains);
    }

    private static boolean free(ColumnProfile p, Set<String> taken) {
        return !taken.contains(p.name());
    }

    private static @Nullable String first(List<ColumnProfile> profiles, Predicate<ColumnProfile> test) {
        return profiles.stream().filter(test).map(ColumnProfile::name).findFirst().orElse(null);
    }

    private static @Nullable ColumnProfile profile(List<ColumnProfile> profiles, @Nullable String name) {
        return profiles.stream().filter(p -> p.name().equals(name)).findFirst().orElse(null);
    }

    private static void add(Set<String> taken, @Nullable String name) {
        if (name != null) {
            taken.add(name);
        }
    }
}
