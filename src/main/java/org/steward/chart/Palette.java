package org.steward.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Stroke;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;

/** Steward's restrained chart style: white background, grey grid, blue data, orange warnings, no gradients. */
final class Palette {

    static final Color BLUE = new Color(0x1f5fa8);
    static final Color ORANGE = new Color(0xc2410c);
    static final Color GRID = new Color(0xdcdfe4);
    static final Color AXIS = new Color(0x6b7280);
    static final Color TEXT = new Color(0x1f2937);
    static final Color REFERENCE = new Color(0x374151);
    static final Color WHISKER = new Color(0x111827);
    /** Series colours in order; distinguishable for the common colour-vision deficiencies in the first four. */
    static final Color[] SERIES = {BLUE, ORANGE, new Color(0x0f766e), new Color(0x7c3aed), new Color(0x6b7280),
            new Color(0xbe185d), new Color(0x4d7c0f), new Color(0x92400e)};

    static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 15);
    static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    static final Font TICK = new Font(Font.SANS_SERIF, Font.PLAIN, 11);

    static final Stroke LINE = new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    static final Stroke THIN = new BasicStroke(1.5f);
    static final Stroke GRIDLINE = new BasicStroke(0.5f);
    static final Stroke DASHED = new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
            new float[] {6f, 4f}, 0f);

    static {
        // JFreeChart otherwise draws rotated labels (the value axis) as glyph outlines: SVG text stays readable,
        // searchable and small. The workaround was for a JDK bug fixed long ago.
        TextUtils.setUseDrawRotatedStringWorkaround(false);
    }

    private Palette() {
    }

    static Color series(int index) {
        return SERIES[index % SERIES.length];
    }

    /** A chart around the plot, with the title left-aligned and the legend (if any) below. */
    static JFreeChart chart(String title, Plot plot, boolean legend) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setInsets(new RectangleInsets(6, 4, 4, 12));
        var chart = new JFreeChart(title, TITLE, plot, legend);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setBorderVisible(false);
        chart.setPadding(new RectangleInsets(8, 8, 8, 8));
        TextTitle heading = chart.getTitle();
        heading.setPaint(TEXT);
        heading.setHorizontalAlignment(HorizontalAlignment.LEFT);
        heading.setPadding(new RectangleInsets(0, 4, 8, 4));
        if (chart.getLegend() != null) {
            var key = chart.getLegend();
            key.setItemFont(LABEL);
            key.setItemPaint(TEXT);
            key.setFrame(BlockBorder.NONE);
            key.setBackgroundPaint(Color.WHITE);
            key.setPosition(RectangleEdge.BOTTOM);
        }
        return chart;
    }

    static NumberAxis numberAxis(String label) {
        var axis = new NumberAxis(label);
        axis.setStandardTickUnits(NumberAxis.createStandardTickUnits(Locale.ROOT));
        axis.setAutoRangeIncludesZero(false);
        style(axis);
        return axis;
    }

    static void style(Axis axis) {
        axis.setLabelFont(LABEL);
        axis.setLabelPaint(TEXT);
        axis.setTickLabelFont(TICK);
        axis.setTickLabelPaint(TEXT);
        axis.setAxisLinePaint(AXIS);
        axis.setTickMarkPaint(AXIS);
    }
}
