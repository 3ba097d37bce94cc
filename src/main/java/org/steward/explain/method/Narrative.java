package org.steward.explain.method;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.steward.explain.method.ExplanationReport.FeatureImportance;
import org.steward.explain.method.ExplanationReport.Fidelity;

/** The plain-language summary of an explanation, written from its figures alone. */
public final class Narrative {

    /** A feature with less than this share of the total attribution "has little influence". */
    static final double LITTLE = 0.05;
    /** The leading features named as drivers cover at least this share: two thirds is "most". */
    static final double MOST = 2.0 / 3;

    private Narrative() {
    }

    static String summary(List<FeatureImportance> features, Fidelity fidelity, int heldOut) {
        return drivers(features) + " " + reliability(fidelity, heldOut);
    }

    static String importedSummary(List<FeatureImportance> features, int rows) {
        return drivers(features) + " The attributions were imported for " + rows
                + " rows and add up to the model's output in every row.";
    }

    /** E.g. "Income and debt_ratio drive most of the output (72%): …; age has little influence overall (2%)." */
    static String drivers(List<FeatureImportance> features) {
        var leading = new ArrayList<FeatureImportance>();
        var covered = 0.0;
        for (var f : features) {
            if (covered >= MOST || f.share() < LITTLE) {
                break;
            }
            leading.add(f);
            covered += f.share();
        }
        if (leading.isEmpty()) {
            return "No feature stands out: each accounts for less than " + percent(LITTLE)
                    + " of the output's variation.";
        }
        var text = new StringBuilder(names(leading))
                .append(leading.size() == 1 ? " drives " : " drive ")
                .append(covered >= MOST ? "most of the output (" : "the largest part of the output (")
                .append(percent(covered)).append(" of the average contribution)");
        var directions = leading.stream().filter(f -> f.direction() != null && Math.abs(f.direction()) >= 0.5)
                .map(f -> "higher " + f.name() + (f.direction() > 0 ? " raises it" : " lowers it")).toList();
        if (!directions.isEmpty()) {
            text.append(": ").append(String.join(", ", directions));
        }
        var little = features.stream().filter(f -> f.share() < LITTLE).toList();
        if (!little.isEmpty()) {
            text.append("; ").append(names(little)).append(little.size() == 1 ? " has" : " have")
                    .append(" little influence overall (")
                    .append(little.size() == 1 ? percent(little.getFirst().share()) : "under " + percent(LITTLE) + " each")
                    .append(")");
        }
        return text.append('.').toString();
    }

    static String reliability(Fidelity fidelity, int heldOut) {
        var figures = "R² " + decimals(fidelity.r2()) + " on " + heldOut + " held-out rows";
        if (fidelity.reliable()) {
            return "The surrogate reproduces the model's output closely (" + figures + "), so this explanation is "
                    + "reliable.";
        }
        return "Not reliable: the surrogate reproduces the model's output only with " + figures + ", below "
                + decimals(fidelity.threshold()) + "; the model depends on something the mapped features do not "
                + "show, or on them in ways the surrogate cannot follow.";
    }

    static String names(List<FeatureImportance> features) {
        var names = features.stream().map(FeatureImportance::name).toList();
        if (names.size() == 1) {
            return names.getFirst();
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.getLast();
    }

    static String percent(double share) {
        return Math.round(share * 100) + "%";
    }

    public static String decimals(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
