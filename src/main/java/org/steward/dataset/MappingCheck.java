package org.steward.dataset;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a column mapping against a file's header before any data is read: every mapped column exists, no
 * column has two roles (a sensitive attribute may also be a feature), dropped columns are not used, and the
 * classes, positive class and threshold fit the task.
 */
final class MappingCheck {

    static final double DEFAULT_THRESHOLD = 0.5;
    private static final int LISTED_COLUMNS = 20;

    private final ColumnMapping mapping;
    private final Set<String> header;
    private final List<String> headerOrder;
    private final Problems problems;
    private final Map<String, String> roleOf = new HashMap<>();

    private MappingCheck(ColumnMapping mapping, List<String> header, Problems problems) {
        this.mapping = mapping;
        this.header = Set.copyOf(header);
        this.headerOrder = header;
        this.problems = problems;
    }

    /** Adds every problem of the mapping to {@code problems}. */
    static void check(ColumnMapping mapping, List<String> header, Problems problems) {
        new MappingCheck(mapping, header, problems).run();
    }

    /** The mapping with names and labels stripped, and no positive class or threshold unless it is binary. */
    static ColumnMapping normalise(ColumnMapping m) {
        var binary = m.task() == TaskType.BINARY;
        var groups = new LinkedHashMap<String, List<String>>();
        m.groups().forEach((attribute, labels) -> groups.put(attribute.strip(), strip(labels)));
        var positive = m.positiveClass();
        return new ColumnMapping(m.task(), m.output().strip(), m.outcome().strip(), m.split().strip(),
                strip(m.sensitive()), strip(m.features()), strip(m.classes()),
                binary && positive != null ? positive.strip() : null, binary ? m.threshold() : DEFAULT_THRESHOLD,
                strip(m.dropped()), groups);
    }

    private static List<String> strip(List<String> names) {
        return names.stream().map(String::strip).toList();
    }

    private void run() {
        single("output", mapping.output(), "the model's output");
        single("outcome", mapping.outcome(), "the true outcome");
        single("split", mapping.split(), "train, test or holdout");
        list("sensitive", mapping.sensitive());
        list("features", mapping.features());
        dropped();
        classes();
        groups();
    }

    private void single(String field, String column, String what) {
        if (column.isBlank()) {
            problems.add(field, "name the column that holds " + what);
            return;
        }
        claim(field, column, field);
    }

    private void list(String field, List<String> columns) {
        var seen = new HashSet<String>();
        for (var column : columns) {
            var key = field + "[" + column + "]";
            if (column.isBlank()) {
                problems.add(field, "a column name is blank");
            } else if (!seen.add(column)) {
                problems.add(key, "column '" + column + "' is listed twice");
            } else if (field.equals("features") && "sensitive".equals(roleOf.get(column))) {
                exists(key, column); // a model may use a sensitive attribute as a feature
            } else {
                claim(key, column, field);
            }
        }
    }

    private void dropped() {
        var seen = new HashSet<String>();
        for (var column : mapping.dropped()) {
            var key = "dropped[" + column + "]";
            if (!seen.add(column)) {
                problems.add(key, "column '" + column + "' is listed twice");
            } else if (roleOf.containsKey(column)) {
                problems.add(key, "column '" + column + "' is mapped as " + role(roleOf.get(column))
                        + "; a dropped column is never stored, so it cannot be used");
            } else {
                exists(key, column);
            }
        }
    }

    private void claim(String key, String column, String role) {
        if (!exists(key, column)) {
            return;
        }
        var earlier = roleOf.putIfAbsent(column, role);
        if (earlier != null) {
            problems.add(key, "column '" + column + "' is already mapped as " + role(earlier)
                    + "; map each column once (only a sensitive attribute may also be a feature)");
        }
    }

    private boolean exists(String key, String column) {
        if (header.contains(column)) {
            return true;
        }
        var listed = headerOrder.size() > LISTED_COLUMNS
                ? String.join(", ", headerOrder.subList(0, LISTED_COLUMNS)) + ", …"
                : String.join(", ", headerOrder);
        problems.add(key, "column '" + column + "' is not in the file; its columns are " + listed);
        return false;
    }

    private void classes() {
        var classes = mapping.classes();
        if (classes.stream().anyMatch(String::isBlank)) {
            problems.add("classes", "a class label is blank");
        }
        if (Set.copyOf(classes).size() != classes.size()) {
            problems.add("classes", "every class must be declared once: " + String.join(", ", classes));
        }
        switch (mapping.task()) {
            case BINARY -> binary(classes);
            case MULTICLASS -> {
                if (classes.size() < 3) {
                    problems.add("classes", "a multiclass model needs at least 3 declared classes (it has "
                            + classes.size() + "); use binary for two");
                }
            }
            case REGRESSION -> {
                if (!classes.isEmpty()) {
                    problems.add("classes", "a regression model has no classes; leave them empty");
                }
            }
        }
    }

    private void binary(List<String> classes) {
        if (classes.size() != 2) {
            problems.add("classes", "a binary model needs exactly 2 declared classes (it has " + classes.size() + ")");
        }
        var positive = mapping.positiveClass();
        if (positive == null || positive.isBlank()) {
            problems.add("positiveClass", "name the positive class: the one whose probability the output holds");
        } else if (!classes.contains(positive)) {
            problems.add("positiveClass", "'" + positive + "' is not one of the declared classes ("
                    + String.join(", ", classes) + ")");
        }
        var threshold = mapping.threshold();
        if (!(threshold > 0 && threshold < 1)) {
            problems.add("threshold", "the decision threshold must be between 0 and 1 (exclusive); it is "
                    + threshold);
        }
    }

    private void groups() {
        mapping.groups().forEach((attribute, labels) -> {
            var key = "groups[" + attribute + "]";
            if (!mapping.sensitive().contains(attribute)) {
                problems.add(key, "'" + attribute + "' is not one of the sensitive attributes");
            } else if (labels.isEmpty() || labels.stream().anyMatch(String::isBlank)) {
                problems.add(key, "declare at least one group, none of them blank");
            } else if (Set.copyOf(labels).size() != labels.size()) {
                problems.add(key, "every group must be declared once");
            }
        });
    }

    private static String role(String role) {
        return switch (role) {
            case "output" -> "the output";
            case "outcome" -> "the outcome";
            case "split" -> "the split";
            case "sensitive" -> "a sensitive attribute";
            case "features" -> "a feature";
            default -> role;
        };
    }
}
