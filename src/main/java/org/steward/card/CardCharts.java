package org.steward.card;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.steward.chart.Bar;
import org.steward.chart.Chart;
import org.steward.chart.Charts;

/** The card's charts, drawn from its content alone: the same drawing for the page and the PDF. */
public final class CardCharts {

    private CardCharts() {
    }

    /** The metrics on a 0–1 scale where higher is better, with their intervals; empty without such metrics. */
    public static Optional<Chart> metrics(CardContent card) {
        var m = card.metrics();
        if (m == null) {
            return Optional.empty();
        }
        var bars = new ArrayList<Bar>();
        for (var line : m.lines()) {
            var v = line.value();
            if (v != null && line.higherIsBetter() && v >= 0 && v <= 1) {
                bars.add(new Bar(line.metric(), v, line.low(), line.high(), false));
            }
        }
        return bars.isEmpty() ? Optional.empty() : Optional.of(Charts.bars(m.split() + " metrics of version "
                + card.details().version() + " (dataset " + m.dataset().shortHash() + ")", "value", bars, null, ""));
    }

    /** Each compared group's metric with its interval, groups the model is less accurate for flagged. */
    public static Optional<Chart> groups(CardContent card) {
        var f = card.fairness();
        if (f == null) {
            return Optional.empty();
        }
        var bars = new ArrayList<Bar>();
        for (var g : f.groups()) {
            if (g.value() == null || g.small()) {
                continue;
            }
            var flagged = f.lessAccurateFor().stream()
                    .anyMatch(s -> s.attribute().equals(g.attribute()) && s.group().equals(g.group()));
            var interval = g.low() != null && g.high() != null;
            bars.add(new Bar(g.attribute() + ": " + g.group(), g.value(), interval ? g.low() : null,
                    interval ? g.high() : null, flagged));
        }
        return bars.isEmpty() ? Optional.empty() : Optional.of(Charts.bars(f.metric() + " by group (dataset "
                + f.dataset().shortHash() + ")", f.metric(), bars, null, ""));
    }

    /** Both charts that exist, metrics first. */
    public static List<Chart> all(CardContent card) {
        var charts = new ArrayList<Chart>();
        metrics(card).ifPresent(charts::add);
        groups(card).ifPresent(charts::add);
        return charts;
    }
}
