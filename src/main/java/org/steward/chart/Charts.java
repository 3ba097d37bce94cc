package org.steward.chart;

import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.XYLineAnnotation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jspecify.annotations.Nullable;

/**
 * Steward's charts, drawn on the server. Every factory checks its input and throws {@link IllegalArgumentException}
 * with a plain message for empty or non-finite data; labels are text, never markup.
 */
public final class Charts {

    public static final int WIDTH = 640;
    public static final int HEIGHT = 360;

    private Charts() {
    }

    /**
     * Vertical bars with interval whiskers, flagged bars in the warning colour and an optional dashed reference
     * line (e.g. the four-fifths limit 0.8) labelled {@code referenceLabel}.
     */
    public static Chart bars(String title, String valueAxis, List<Bar> bars, @Nullable Double referenceLine,
                             String referenceLabel) {
        var heading = title(title);
        if (bars.isEmpty()) {
            throw new IllegalArgumentException("Chart '" + heading + "' has no bars to draw");
        }
        if (referenceLine != null) {
            finite(referenceLine, "the reference line");
        }
        var dataset = new DefaultCategoryDataset();
        var lowest = referenceLine == null ? 0 : Math.min(0, referenceLine);
        var highest = referenceLine == null ? 0 : Math.max(0, referenceLine);
        for (var bar : bars) {
            var category = check(bar, heading, dataset);
            dataset.addValue(bar.value(), "value", category);
            lowest = Math.min(lowest, bar.low() == null ? bar.value() : Math.min(bar.value(), bar.low()));
            highest = Math.max(highest, bar.high() == null ? bar.value() : Math.max(bar.value(), bar.high()));
        }

        var categoryAxis = new CategoryAxis();
        Palette.style(categoryAxis);
        categoryAxis.setMaximumCategoryLabelLines(2);
        categoryAxis.setCategoryMargin(0.3);
        var range = Palette.numberAxis(Text.clean(valueAxis));
        var extent = padded(lowest, highest);
        range.setRange(extent[0], extent[1]);
        var renderer = new WhiskerBarRenderer(bars);
        var plot = new CategoryPlot(dataset, categoryAxis, range, renderer);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinePaint(Palette.GRID);
        plot.setRangeGridlineStroke(Palette.GRIDLINE);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        if (referenceLine != null) {
            plot.addRangeMarker(marker(referenceLine, Text.clean(referenceLabel)), Layer.FOREGROUND);
        }
        var flagged = bars.stream().anyMatch(Bar::flagged);
        if (flagged) {
            var legend = new LegendItemCollection();
            legend.add(new LegendItem("Not flagged", Palette.BLUE));
            legend.add(new LegendItem("Flagged", Palette.ORANGE));
            plot.setFixedLegendItems(legend);
        }
        var description = Descriptions.bars(heading, Text.clean(valueAxis), bars, referenceLine,
                Text.clean(referenceLabel));
        return Svg.render(heading, Palette.chart(heading, plot, flagged), description, WIDTH, HEIGHT);
    }

    /**
     * Several curves on one plot (ROC per group, precision-recall, reliability), with an optional dashed
     * diagonal y = x. An axis runs from 0 to 1 when all its data lies in [0, 1].
     */
    public static Chart curves(String title, String xAxis, String yAxis, List<Series> series, boolean diagonal) {
        var heading = title(title);
        if (series.isEmpty()) {
            throw new IllegalArgumentException("Chart '" + heading + "' has no curves to draw");
        }
        var names = new HashSet<String>();
        var dataset = new XYSeriesCollection();
        var bounds = new Bounds();
        var renderer = new XYLineAndShapeRenderer(true, false);
        renderer.setDrawSeriesLineAsPath(true);
        for (var s : series) {
            var name = Text.clean(s.name());
            if (!names.add(name)) {
                throw new IllegalArgumentException("Chart '" + heading + "' has the series '" + name + "' twice");
            }
            check(s, name);
            dataset.addSeries(xy(s, name));
            bounds.add(s);
            renderer.setSeriesPaint(dataset.getSeriesCount() - 1, Palette.series(dataset.getSeriesCount() - 1));
            renderer.setSeriesStroke(dataset.getSeriesCount() - 1, Palette.LINE);
        }
        var x = Palette.numberAxis(Text.clean(xAxis));
        var y = Palette.numberAxis(Text.clean(yAxis));
        if (diagonal) {
            var low = Math.min(bounds.minX, bounds.minY);
            var high = Math.max(bounds.maxX, bounds.maxY);
            if (low >= 0 && high <= 1) {
                unit(x);
                unit(y);
            } else {
                var range = padded(low, high);
                x.setRange(range[0], range[1]);
                y.setRange(range[0], range[1]);
            }
        } else {
            range(x, bounds.minX, bounds.maxX);
            range(y, bounds.minY, bounds.maxY);
        }
        var plot = xyPlot(dataset, x, y, renderer);
        if (diagonal) {
            plot.addAnnotation(new XYLineAnnotation(x.getLowerBound(), x.getLowerBound(), x.getUpperBound(),
                    x.getUpperBound(), Palette.DASHED, Palette.AXIS));
        }
        var description = Descriptions.curves(heading, Text.clean(xAxis), Text.clean(yAxis), series, diagonal);
        return Svg.render(heading, Palette.chart(heading, plot, true), description, WIDTH, HEIGHT);
    }

    /** Points, e.g. predicted value against residual, with an optional dashed horizontal line (e.g. zero). */
    public static Chart scatter(String title, String xAxis, String yAxis, Series points,
                                @Nullable Double horizontalLine) {
        var heading = title(title);
        var name = Text.clean(points.name());
        check(points, name);
        var bounds = Bounds.of(points);
        if (horizontalLine != null) {
            finite(horizontalLine, "the horizontal line");
            bounds.minY = Math.min(bounds.minY, horizontalLine);
            bounds.maxY = Math.max(bounds.maxY, horizontalLine);
        }
        var renderer = new XYLineAndShapeRenderer(false, true);
        renderer.setSeriesShape(0, new Ellipse2D.Double(-2.5, -2.5, 5, 5));
        renderer.setSeriesPaint(0, new Color(0x1f, 0x5f, 0xa8, 150));
        renderer.setDrawOutlines(false);
        var x = Palette.numberAxis(Text.clean(xAxis));
        var y = Palette.numberAxis(Text.clean(yAxis));
        range(x, bounds.minX, bounds.maxX);
        range(y, bounds.minY, bounds.maxY);
        var plot = xyPlot(new XYSeriesCollection(xy(points, name)), x, y, renderer);
        if (horizontalLine != null) {
            plot.addRangeMarker(marker(horizontalLine, ""), Layer.BACKGROUND);
        }
        var description = Descriptions.scatter(heading, Text.clean(xAxis), Text.clean(yAxis), points,
                horizontalLine);
        return Svg.render(heading, Palette.chart(heading, plot, false), description, WIDTH, HEIGHT);
    }

    /**
     * Side-by-side bars of several named series over the same categories, e.g. a reference and a current histogram
     * of shares; {@code values[s][c]} is series s in category c.
     */
    public static Chart groupedBars(String title, String valueAxis, List<String> categories, List<String> series,
                                    double[][] values) {
        var heading = title(title);
        if (categories.isEmpty() || series.isEmpty()) {
            throw new IllegalArgumentException("Chart '" + heading + "' has no bars to draw");
        }
        if (values.length != series.size()) {
            throw new IllegalArgumentException("Chart '" + heading + "' has " + series.size() + " series but "
                    + values.length + " rows of values");
        }
        var dataset = new DefaultCategoryDataset();
        var description = new StringBuilder(heading).append(": ");
        double highest = 0;
        for (int s = 0; s < series.size(); s++) {
            var name = Text.clean(series.get(s));
            if (values[s].length != categories.size()) {
                throw new IllegalArgumentException("Series '" + name + "' has " + values[s].length + " values for "
                        + categories.size() + " categories");
            }
            description.append(s == 0 ? "" : "; ").append(name).append(' ');
            for (int c = 0; c < categories.size(); c++) {
                var category = Text.clean(categories.get(c));
                finite(values[s][c], "value " + c + " of series '" + name + "'");
                dataset.addValue(values[s][c], name, category);
                highest = Math.max(highest, values[s][c]);
                description.append(c == 0 ? "" : ", ").append(category).append(' ').append(Text.number(values[s][c]));
            }
        }
        var categoryAxis = new CategoryAxis();
        Palette.style(categoryAxis);
        categoryAxis.setMaximumCategoryLabelLines(2);
        categoryAxis.setCategoryMargin(0.2);
        var range = Palette.numberAxis(Text.clean(valueAxis));
        range.setRange(0, highest <= 0 ? 1 : highest * 1.1);
        var renderer = new org.jfree.chart.renderer.category.BarRenderer();
        renderer.setBarPainter(new org.jfree.chart.renderer.category.StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setItemMargin(0.05);
        for (int s = 0; s < series.size(); s++) {
            renderer.setSeriesPaint(s, Palette.series(s));
        }
        var plot = new CategoryPlot(dataset, categoryAxis, range, renderer);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinePaint(Palette.GRID);
        plot.setRangeGridlineStroke(Palette.GRIDLINE);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        return Svg.render(heading, Palette.chart(heading, plot, true), description.toString(), WIDTH, HEIGHT);
    }

    private static String title(String title) {
        var heading = Text.clean(title);
        if (heading.isEmpty()) {
            throw new IllegalArgumentException("A chart needs a title");
        }
        return heading;
    }

    private static void finite(double value, String what) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("Cannot draw " + what + ": it is " + value + ", not a finite number");
        }
    }

    /** The bar's category, cleaned, once the bar is known to be drawable and new to the dataset. */
    private static String check(Bar bar, String heading, DefaultCategoryDataset dataset) {
        var category = Text.clean(bar.category());
        if (dataset.getColumnIndex(category) >= 0) {
            throw new IllegalArgumentException("Chart '" + heading + "' has the category '" + category + "' twice");
        }
        finite(bar.value(), "the value of bar '" + category + "'");
        if ((bar.low() == null) != (bar.high() == null)) {
            throw new IllegalArgumentException("Bar '" + category + "' needs both ends of its interval or none");
        }
        if (bar.low() != null && bar.high() != null) {
            finite(bar.low(), "the low end of bar '" + category + "'");
            finite(bar.high(), "the high end of bar '" + category + "'");
            if (bar.low() > bar.high()) {
                throw new IllegalArgumentException("Bar '" + category + "' has its low end " + bar.low()
                        + " above its high end " + bar.high());
            }
        }
        return category;
    }

    private static void check(Series series, String name) {
        if (series.x().length != series.y().length) {
            throw new IllegalArgumentException("Series '" + name + "' has " + series.x().length + " x values but "
                    + series.y().length + " y values");
        }
        if (series.size() == 0) {
            throw new IllegalArgumentException("Series '" + name + "' has no points to draw");
        }
        for (var i = 0; i < series.size(); i++) {
            finite(series.x()[i], "point " + i + " of series '" + name + "' (x)");
            finite(series.y()[i], "point " + i + " of series '" + name + "' (y)");
        }
    }

    private static XYSeries xy(Series series, String name) {
        var xy = new XYSeries(name, false, true);
        for (var i = 0; i < series.size(); i++) {
            xy.add(series.x()[i], series.y()[i], false);
        }
        return xy;
    }

    private static XYPlot xyPlot(XYSeriesCollection dataset, NumberAxis x, NumberAxis y,
                                 XYLineAndShapeRenderer renderer) {
        var plot = new XYPlot(dataset, x, y, renderer);
        plot.setDomainGridlinePaint(Palette.GRID);
        plot.setRangeGridlinePaint(Palette.GRID);
        plot.setDomainGridlineStroke(Palette.GRIDLINE);
        plot.setRangeGridlineStroke(Palette.GRIDLINE);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        return plot;
    }

    private static ValueMarker marker(double value, String label) {
        var marker = new ValueMarker(value, Palette.REFERENCE, Palette.DASHED);
        if (!label.isEmpty()) {
            marker.setLabel(label);
            marker.setLabelFont(Palette.TICK);
            marker.setLabelPaint(Palette.REFERENCE);
            marker.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
            marker.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
            marker.setLabelOffset(new RectangleInsets(2, 2, 2, 4));
            marker.setLabelBackgroundColor(new Color(255, 255, 255, 0));
        }
        return marker;
    }

    /** [0, 1] when the data lies in it, otherwise the data's range with a margin. */
    private static void range(NumberAxis axis, double min, double max) {
        if (min >= 0 && max <= 1) {
            unit(axis);
        } else {
            var range = padded(min, max);
            axis.setRange(range[0], range[1]);
        }
    }

    /** 0 to 1 in tenths. */
    private static void unit(NumberAxis axis) {
        axis.setRange(0, 1);
        var tenths = new DecimalFormat("0.0", DecimalFormatSymbols.getInstance(Locale.ROOT));
        axis.setTickUnit(new NumberTickUnit(0.1, tenths));
    }

    private static double[] padded(double min, double max) {
        if (max - min < 1e-12) {
            var half = Math.max(Math.abs(min) * 0.1, 0.5);
            return new double[] {min - half, max + half};
        }
        var margin = (max - min) * 0.1;
        return new double[] {min == 0 ? 0 : min - margin, max + margin};
    }
}
