package org.steward.explain.ui;

import java.util.ArrayList;
import java.util.List;
import org.steward.chart.Bar;
import org.steward.chart.Chart;
import org.steward.chart.Charts;
import org.steward.chart.Series;
import org.steward.explain.method.ExplanationReport;

/** The charts of an explanation, drawn on the server: importances, dependence, partial dependence with ICE. */
final class ExplanationCharts {

    private ExplanationCharts() {
    }

    static List<Chart> of(ExplanationReport report) {
        var charts = new ArrayList<Chart>();
        var source = report.kind() == ExplanationReport.Kind.SURROGATE ? "SHAP value" : "attribution";
        charts.add(Charts.bars("Global importance: mean |" + source + "|", "mean |" + source + "| (" + report.target()
                + ")", report.features().stream().map(f -> new Bar(f.name(), f.meanAbsContribution(), false))
                .toList(), null, ""));
        if (report.kind() == ExplanationReport.Kind.SURROGATE) {
            charts.add(Charts.bars("Permutation importance (mean ± sd over repeats)", "drop in R²",
                    report.features().stream().map(f -> new Bar(f.name(), f.permutationMean(),
                            f.permutationMean() - f.permutationSd(), f.permutationMean() + f.permutationSd(), false))
                            .toList(), 0.0, ""));
        }
        for (var d : report.dependence()) {
            charts.add(Charts.scatter("Dependence: " + d.name(), axis(d.name(), d.levels()), source + " of "
                    + d.name(), new Series(d.name(), d.values(), d.contributions()), 0.0));
        }
        for (var p : report.partialDependence()) {
            var series = new ArrayList<Series>();
            series.add(new Series("partial dependence", p.grid(), p.average()));
            for (var i = 0; i < p.ice().length; i++) {
                series.add(new Series("ICE row " + (i + 1), p.grid(), p.ice()[i]));
            }
            charts.add(Charts.curves("Partial dependence and ICE: " + p.name(), axis(p.name(), p.levels()),
                    report.target(), series, false));
        }
        return charts;
    }

    /** Categorical features are plotted by level index: the axis says which index is which level. */
    private static String axis(String name, List<String> levels) {
        if (levels.isEmpty()) {
            return name;
        }
        var legend = new StringBuilder(name).append(" (");
        for (var i = 0; i < levels.size() && i < 6; i++) {
            legend.append(i == 0 ? "" : ", ").append(i).append(" = ").append(levels.get(i));
        }
        return legend.append(levels.size() > 6 ? ", …)" : ")").toString();
    }
}
