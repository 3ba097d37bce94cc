package org.steward.fairness.ui;

import java.util.ArrayList;
import java.util.List;
import org.steward.chart.Bar;
import org.steward.chart.Chart;
import org.steward.chart.Charts;
import org.steward.chart.Series;
import org.steward.fairness.measure.FairnessResult;
import org.steward.fairness.measure.FairnessResult.AttributeResult;
import org.steward.fairness.measure.FairnessResult.GroupCurves;
import org.steward.fairness.measure.Measure;

/**
 * The charts of one attribute: selection rate per group with intervals, disparate-impact ratios against the
 * four-fifths line, ROC and calibration curves per group; for models that are not binary, the primary metric per
 * group. Small groups are flagged.
 */
final class FairnessCharts {

    static final double FOUR_FIFTHS = 0.8;

    private FairnessCharts() {
    }

    static List<Chart> of(AttributeResult a, FairnessResult result) {
        var charts = new ArrayList<Chart>();
        if (!"BINARY".equals(result.task())) {
            var bars = a.groups().stream().filter(g -> g.metric().value() != null)
                    .map(g -> new Bar(g.group(), g.metric().value(), g.metric().low(), g.metric().high(), g.small()))
                    .toList();
            if (!bars.isEmpty()) {
                charts.add(Charts.bars(result.primaryMetric() + " by group: " + a.name(), result.primaryMetric(),
                        bars, null, ""));
            }
            return charts;
        }
        var rates = a.groups().stream().filter(g -> g.selectionRate().value() != null)
                .map(g -> new Bar(g.group(), g.selectionRate().value(),
                g.selectionRate().low(), g.selectionRate().high(), g.small())).toList();
        if (!rates.isEmpty()) {
            charts.add(Charts.bars("Selection rate by group: " + a.name(), "Selection rate", rates, null, ""));
        }
        a.measure(Measure.DISPARATE_IMPACT).ifPresent(di -> {
            var limit = di.limit() == null ? FOUR_FIFTHS : di.limit().limit();
            var ratios = di.groupValues().stream().filter(v -> v.value() != null)
                    .map(v -> new Bar(v.group(), v.value(), v.value() < limit)).toList();
            if (!ratios.isEmpty()) {
                var label = di.limit() == null ? "four-fifths 0.8" : "limit " + di.limit().describe();
                charts.add(Charts.bars("Disparate impact by group: " + a.name(), "Ratio to "
                        + (a.reference() == null ? "the most-selected group" : "'" + a.reference() + "'"), ratios,
                        limit, label));
            }
        });
        var roc = a.curves().stream().filter(c -> !c.roc().isEmpty()).map(FairnessCharts::roc).toList();
        if (!roc.isEmpty()) {
            charts.add(Charts.curves("ROC by group: " + a.name(), "False-positive rate", "True-positive rate", roc,
                    true));
        }
        var calibration = a.curves().stream().filter(c -> !c.calibration().isEmpty())
                .map(FairnessCharts::calibration).toList();
        if (!calibration.isEmpty()) {
            charts.add(Charts.curves("Calibration by group: " + a.name(), "Mean predicted probability",
                    "Observed share of positives", calibration, true));
        }
        return charts;
    }

    private static Series roc(GroupCurves c) {
        var x = c.roc().stream().mapToDouble(FairnessResult.Point::x).toArray();
        var y = c.roc().stream().mapToDouble(FairnessResult.Point::y).toArray();
        return new Series(c.auc() == null ? c.group() : c.group() + " (AUC " + Figures.number(c.auc()) + ")", x, y);
    }

    private static Series calibration(GroupCurves c) {
        var x = c.calibration().stream().mapToDouble(FairnessResult.Bin::predicted).toArray();
        var y = c.calibration().stream().mapToDouble(FairnessResult.Bin::observed).toArray();
        return new Series(c.group(), x, y);
    }
}
