package org.steward.chart;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SequencedMap;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jspecify.annotations.Nullable;

/**
 * Charts over calendar months (e.g. "2026-01"): stacked bars of amounts per month and part, and lines per month with
 * an optional dashed reference (a budget, a target). Inputs are checked like {@link Charts}': no months, a series of
 * the wrong length or a non-finite value is an {@link IllegalArgumentException} with a plain message.
 */
public final class MonthlyCharts {

    private MonthlyCharts() {
    }

    /** One bar per month, stacked by series (e.g. cost categories), in the order given. */
    public static Chart stackedBars(String title, String valueAxis, List<String> months,
                                    SequencedMap<String, double[]> series) {
        var heading = Text.clean(title);
        var dataset = dataset(heading, months, series);
        var renderer = new StackedBarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        for (int i = 0; i < series.size(); i++) {
            renderer.setSeriesPaint(i, Palette.series(i));
        }
        var plot = plot(dataset, valueAxis, renderer);
        plot.getRangeAxis().setLowerBound(0);
        var description = describe(heading, valueAxis, "month", months, series, null, "");
        return Svg.render(heading, Palette.chart(heading, plot, true), description, Charts.WIDTH, Charts.HEIGHT);
    }

    /** One line per series over the months, with an optional dashed horizontal reference line. */
    public static Chart lines(String title, String valueAxis, List<String> months,
                              SequencedMap<String, double[]> series, @Nullable Double reference,
                              String referenceLabel) {
        return lines(title, valueAxis, "month", months, series, reference, referenceLabel);
    }

    /** The same over other periods, e.g. monitoring windows: {@code period} names them in the description. */
    public static Chart lines(String title, String valueAxis, String period, List<String> months,
                              SequencedMap<String, double[]> series, @Nullable Double reference,
                              String referenceLabel) {
        var heading = Text.clean(title);
        var dataset = dataset(heading, months, series);
        var renderer = new LineAndShapeRenderer(true, true);
        for (int i = 0; i < series.size(); i++) {
            renderer.setSeriesPaint(i, Palette.series(i));
            renderer.setSeriesStroke(i, Palette.LINE);
        }
        var plot = plot(dataset, valueAxis, renderer);
        if (reference != null) {
            if (!Double.isFinite(reference)) {
                throw new IllegalArgumentException("Chart '" + heading + "' has a non-finite reference line");
            }
            var marker = new org.jfree.chart.plot.ValueMarker(reference, Palette.REFERENCE, Palette.DASHED);
            marker.setLabel(Text.clean(referenceLabel));
            marker.setLabelFont(Palette.TICK);
            marker.setLabelPaint(Palette.TEXT);
            marker.setLabelAnchor(org.jfree.chart.ui.RectangleAnchor.TOP_LEFT);
            marker.setLabelTextAnchor(org.jfree.chart.ui.TextAnchor.BOTTOM_LEFT);
            plot.addRangeMarker(marker, Layer.FOREGROUND);
            var axis = plot.getRangeAxis();
            axis.setRange(Math.min(axis.getLowerBound(), reference * 0.9), Math.max(axis.getUpperBound(),
                    reference * 1.1));
        }
        var description = describe(heading, valueAxis, period, months, series, reference, referenceLabel);
        return Svg.render(heading, Palette.chart(heading, plot, true), description, Charts.WIDTH, Charts.HEIGHT);
    }

    private static DefaultCategoryDataset dataset(String heading, List<String> months,
                                                  Map<String, double[]> series) {
        if (months.isEmpty() || series.isEmpty()) {
            throw new IllegalArgumentException("Chart '" + heading + "' has no months or no series to draw");
        }
        var dataset = new DefaultCategoryDataset();
        series.forEach((name, values) -> {
            if (values.length != months.size()) {
                throw new IllegalArgumentException("Chart '" + heading + "': series '" + name + "' has "
                        + values.length + " values for " + months.size() + " months");
            }
            for (int i = 0; i < values.length; i++) {
                if (!Double.isFinite(values[i])) {
                    throw new IllegalArgumentException("Chart '" + heading + "': series '" + name
                            + "' has a non-finite value in " + months.get(i));
                }
                dataset.addValue(values[i], Text.clean(name), Text.clean(months.get(i)));
            }
        });
        return dataset;
    }

    private static CategoryPlot plot(DefaultCategoryDataset dataset, String valueAxis,
                                     org.jfree.chart.renderer.category.CategoryItemRenderer renderer) {
        var categories = new CategoryAxis();
        Palette.style(categories);
        categories.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        var range = Palette.numberAxis(Text.clean(valueAxis));
        range.setAutoRangeIncludesZero(true);
        var plot = new CategoryPlot(dataset, categories, range, renderer);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinePaint(Palette.GRID);
        plot.setRangeGridlineStroke(Palette.GRIDLINE);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        return plot;
    }

    private static String describe(String heading, String valueAxis, String period, List<String> months,
                                   Map<String, double[]> series, @Nullable Double reference, String label) {
        var parts = new LinkedHashMap<String, String>();
        series.forEach((name, values) -> {
            var total = 0.0;
            var max = Double.NEGATIVE_INFINITY;
            for (var v : values) {
                total += v;
                max = Math.max(max, v);
            }
            parts.put(Text.clean(name), "latest " + Text.number(values[values.length - 1]) + ", highest "
                    + Text.number(max) + ", sum " + Text.number(total));
        });
        var text = new StringBuilder(heading + ": " + Text.clean(valueAxis) + " by " + period + " from " + months.getFirst()
                + " to " + months.getLast() + ". ");
        parts.forEach((name, figures) -> text.append(name).append(": ").append(figures).append(". "));
        if (reference != null) {
            text.append(Text.clean(label)).append(": ").append(Text.number(reference)).append('.');
        }
        return text.toString().strip();
    }
}
