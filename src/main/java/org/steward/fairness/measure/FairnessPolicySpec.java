package org.steward.fairness.measure;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a fairness audit checks and how: the measures with their limits, what groups are compared with, the
 * smallest group size that counts, whether pairs of attributes are audited too, when the audit must be repeated
 * and which rows it looks at. A measure's verdict is judged on its point estimate; the bootstrap interval is
 * reported next to it, so a reader sees how sure the verdict is.
 *
 * @param limits          the measures the policy checks, each at most once
 * @param referenceMode   between groups (best vs worst) or against named reference groups
 * @param referenceGroups attribute → its reference group, used with {@link ReferenceMode#REFERENCE_GROUP}
 * @param minGroupSize    groups with fewer rows are reported with a warning but not compared
 * @param intersections   whether every pair of sensitive attributes is audited as well ("female × under_30")
 * @param reauditDays     how long an audit stays fresh; a new one is due after this many days
 * @param rows            which rows of the scored sample are audited
 */
public record FairnessPolicySpec(List<MeasureLimit> limits, ReferenceMode referenceMode,
                                 Map<String, String> referenceGroups, int minGroupSize, boolean intersections,
                                 int reauditDays, RowSelection rows) {

    public static final int DEFAULT_MIN_GROUP_SIZE = 30;
    public static final int MAX_MIN_GROUP_SIZE = 100_000;
    public static final int MAX_REAUDIT_DAYS = 3650;

    public FairnessPolicySpec {
        limits = limits == null ? List.of() : List.copyOf(limits);
        referenceMode = referenceMode == null ? ReferenceMode.BETWEEN_GROUPS : referenceMode;
        referenceGroups = referenceGroups == null ? Map.of() : Map.copyOf(referenceGroups);
        rows = rows == null ? RowSelection.TEST : rows;
    }

    /** The limit the policy sets on a measure, if it checks it. */
    public Optional<MeasureLimit> limitOf(Measure measure) {
        return limits.stream().filter(l -> l.measure() == measure).findFirst();
    }

    /** The named reference group of an attribute when comparing against reference groups, else null. */
    public @Nullable String referenceOf(String attribute) {
        return referenceMode == ReferenceMode.REFERENCE_GROUP ? referenceGroups.get(attribute) : null;
    }

    /** What is wrong with this policy, by field; empty when it is valid. */
    public Map<String, String> problems() {
        var errors = new LinkedHashMap<String, String>();
        if (limits.isEmpty()) {
            errors.put("limits", "name at least one measure with its limit");
        }
        var seen = EnumSet.noneOf(Measure.class);
        for (int i = 0; i < limits.size(); i++) {
            var l = limits.get(i);
            var field = "limits[" + i + "]";
            if (l == null || l.measure() == null) {
                errors.put(field + ".measure", "choose a measure");
                continue;
            }
            if (!seen.add(l.measure())) {
                errors.put(field + ".measure", l.measure().label() + " is listed twice");
            }
            if (l.direction() != l.measure().direction()) {
                errors.put(field + ".direction", l.measure().label() + " must stay "
                        + l.measure().direction().symbol() + " its limit");
            }
            if (!(l.limit() > 0 && l.limit() <= 1)) {
                errors.put(field + ".limit", "must be above 0 and at most 1");
            }
        }
        if (minGroupSize < 1 || minGroupSize > MAX_MIN_GROUP_SIZE) {
            errors.put("minGroupSize", "must be between 1 and " + MAX_MIN_GROUP_SIZE);
        }
        if (reauditDays < 1 || reauditDays > MAX_REAUDIT_DAYS) {
            errors.put("reauditDays", "must be between 1 and " + MAX_REAUDIT_DAYS + " days");
        }
        if (referenceMode == ReferenceMode.REFERENCE_GROUP && referenceGroups.isEmpty()) {
            errors.put("referenceGroups", "name the reference group of at least one attribute");
        }
        if (referenceGroups.entrySet().stream().anyMatch(e -> e.getKey().isBlank() || e.getValue().isBlank())) {
            errors.put("referenceGroups", "each reference needs an attribute and a group name");
        }
        return errors;
    }

    /** A one-line description for tables and summaries, e.g. "Disparate impact ≥ 0.80; … · every 180 days". */
    public String describe() {
        var rules = String.join("; ", limits.stream().map(l -> l.measure().label() + " " + l.describe()).toList());
        return rules + " · groups of " + minGroupSize + "+ · " + referenceMode.label().toLowerCase(Locale.ROOT)
                + (intersections ? " · with intersections" : "") + " · " + rows.label().toLowerCase(Locale.ROOT)
                + " · re-audit every " + reauditDays + " days";
    }
}
