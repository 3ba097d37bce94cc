package org.steward.explain.method;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.steward.base.InvalidInputException;
import org.steward.explain.method.ExplanationReport.Fidelity;

/**
 * One decision explained by the surrogate: its prediction, the base value and the features' contributions (tree
 * SHAP, largest first), with the surrogate's fidelity and a sentence saying it in plain words.
 *
 * @param contributions the {@code top} largest contributions by size
 * @param others        the sum of the remaining features' contributions
 */
public record DecisionExplanation(String target, double prediction, double baseValue,
                                  List<Contribution> contributions, double others, double fidelity,
                                  boolean reliable, String sentence) {

    /** One feature's value in this case and how far it moved the prediction from the base value. */
    public record Contribution(String feature, String value, double contribution) {
    }

    /**
     * Explains the case given as feature → value (numbers for numeric features, level labels for categorical ones);
     * every feature must be given, nothing else; {@link InvalidInputException} names each problem.
     */
    public static DecisionExplanation of(Surrogate surrogate, Fidelity fidelity, String target,
                                         Map<String, @Nullable Object> values, int top) {
        var row = row(surrogate, values);
        var phi = surrogate.shap(row);
        var prediction = surrogate.predict(row);
        var all = new ArrayList<Contribution>();
        for (var j = 0; j < phi.length; j++) {
            var levels = surrogate.levels().get(j);
            all.add(new Contribution(surrogate.names().get(j),
                    levels == null ? FeatureTable.format(row[j]) : levels.get((int) row[j]), phi[j]));
        }
        all.sort(Comparator.comparingDouble((Contribution c) -> Math.abs(c.contribution())).reversed());
        var shown = List.copyOf(all.subList(0, Math.min(top, all.size())));
        var others = all.subList(shown.size(), all.size()).stream().mapToDouble(Contribution::contribution).sum();
        return new DecisionExplanation(target, prediction, surrogate.base(), shown, others, fidelity.r2(),
                fidelity.reliable(), sentence(target, prediction, surrogate.base(), shown, fidelity));
    }

    private static double[] row(Surrogate surrogate, Map<String, @Nullable Object> values) {
        var problems = new LinkedHashMap<String, String>();
        values.keySet().stream().filter(k -> !surrogate.names().contains(k)).forEach(k ->
                problems.put("features[" + k + "]", "is not a feature of this model (its features: "
                        + String.join(", ", surrogate.names()) + ")"));
        var row = new double[surrogate.names().size()];
        for (var j = 0; j < row.length; j++) {
            var name = surrogate.names().get(j);
            var field = "features[" + name + "]";
            var value = values.get(name);
            var levels = surrogate.levels().get(j);
            if (value == null || value.toString().isBlank()) {
                problems.put(field, "is missing: every feature needs a value");
            } else if (levels != null) {
                var code = levels.indexOf(value.toString());
                if (code < 0) {
                    problems.put(field, "'" + value + "' is not a level seen in the sample (" + levels.size()
                            + " levels: " + String.join(", ", levels.subList(0, Math.min(10, levels.size())))
                            + (levels.size() > 10 ? ", …" : "") + ")");
                }
                row[j] = code;
            } else {
                row[j] = number(value, field, problems);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return row;
    }

    private static double number(Object value, String field, Map<String, String> problems) {
        if (value instanceof Number n && Double.isFinite(n.doubleValue())) {
            return n.doubleValue();
        }
        try {
            var parsed = Double.parseDouble(value.toString().strip());
            if (Double.isFinite(parsed)) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported with the field below
        }
        problems.put(field, "'" + value + "' is not a finite number");
        return 0;
    }

    /** E.g. "The surrogate puts the probability of 'yes' at 0.71 (average 0.55): income = 61000 raised it by 0.12, …". */
    static String sentence(String target, double prediction, double base, List<Contribution> shown,
                           Fidelity fidelity) {
        var parts = shown.stream().filter(c -> c.contribution() != 0).map(c -> c.feature() + " = " + c.value()
                + (c.contribution() > 0 ? " raised it by " : " lowered it by ")
                + Narrative.decimals(Math.abs(c.contribution()))).toList();
        var text = new StringBuilder("The surrogate puts the ").append(target).append(" at ")
                .append(Narrative.decimals(prediction)).append(" (average ").append(Narrative.decimals(base))
                .append(")");
        text.append(parts.isEmpty() ? "; no feature moved it noticeably." : ": " + String.join(", ", parts) + ".");
        text.append(fidelity.reliable()
                ? " It follows the model closely (R² " + Narrative.decimals(fidelity.r2()) + " on held-out rows)."
                : " Not reliable: it follows the model only with R² " + Narrative.decimals(fidelity.r2())
                        + " on held-out rows, so the model's real reasons may differ.");
        return text.toString();
    }
}
