package org.steward.chart;

import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** Short text alternatives for charts: what is drawn, with the numbers a sighted reader would take from it. */
final class Descriptions {

    /** Beyond this many bars or curves the text names a count, not each one. */
    private static final int LISTED = 12;

    private Descriptions() {
    }

    static String bars(String title, String valueAxis, List<Bar> bars, @Nullable Double referenceLine,
                       String referenceLabel) {
        var text = new StringBuilder("Bar chart \"").append(title).append("\"");
        if (!valueAxis.isEmpty()) {
            text.append(" of ").append(valueAxis);
        }
        text.append(": ");
        text.append(bars.stream().limit(LISTED).map(Descriptions::bar).collect(Collectors.joining("; ")));
        if (bars.size() > LISTED) {
            text.append("; and ").append(bars.size() - LISTED).append(" more");
        }
        text.append('.');
        if (referenceLine != null) {
            text.append(" Reference line");
            if (!referenceLabel.isEmpty()) {
                text.append(" \"").append(referenceLabel).append("\"");
            }
            text.append(" at ").append(Text.number(referenceLine)).append('.');
        }
        return text.toString();
    }

    private static String bar(Bar bar) {
        var text = Text.clean(bar.category()) + " " + Text.number(bar.value());
        if (bar.low() != null && bar.high() != null) {
            text += " (interval " + Text.number(bar.low()) + " to " + Text.number(bar.high()) + ")";
        }
        return bar.flagged() ? text + ", flagged" : text;
    }

    static String curves(String title, String xAxis, String yAxis, List<Series> series, boolean diagonal) {
        var text = new StringBuilder("Line chart \"").append(title).append("\"").append(axes(xAxis, yAxis))
                .append(": ");
        text.append(series.stream().limit(LISTED).map(Descriptions::extent).collect(Collectors.joining("; ")));
        if (series.size() > LISTED) {
            text.append("; and ").append(series.size() - LISTED).append(" more curves");
        }
        text.append('.');
        if (diagonal) {
            text.append(" Dashed diagonal y = x for reference.");
        }
        return text.toString();
    }

    static String scatter(String title, String xAxis, String yAxis, Series points, @Nullable Double line) {
        var text = new StringBuilder("Scatter plot \"").append(title).append("\"").append(axes(xAxis, yAxis))
                .append(": ").append(extent(points)).append('.');
        if (line != null) {
            text.append(" Dashed horizontal line at y = ").append(Text.number(line)).append('.');
        }
        return text.toString();
    }

    private static String axes(String xAxis, String yAxis) {
        return xAxis.isEmpty() && yAxis.isEmpty() ? "" : " of " + yAxis + " against " + xAxis;
    }

    private static String extent(Series series) {
        var b = Bounds.of(series);
        return Text.clean(series.name()) + ", " + series.size() + (series.size() == 1 ? " point" : " points")
                + ", x from " + Text.number(b.minX) + " to " + Text.number(b.maxX)
                + ", y from " + Text.number(b.minY) + " to " + Text.number(b.maxY);
    }
}
