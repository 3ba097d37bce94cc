package org.steward.chart;

import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.CategoryItemRendererState;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.CategoryDataset;
import org.jfree.svg.SVGHints;

/**
 * Flat bars, orange when flagged, each with its interval as a whisker (JFreeChart's statistical renderer only
 * draws symmetric mean ± deviation). In SVG the bars, whiskers and reference line carry ids: {@code bar-0},
 * {@code whisker-0}, {@code reference-line}.
 */
final class WhiskerBarRenderer extends BarRenderer {

    private static final long serialVersionUID = 1L;

    private final List<Bar> bars;

    WhiskerBarRenderer(List<Bar> bars) {
        this.bars = List.copyOf(bars);
        setBarPainter(new StandardBarPainter());
        setShadowVisible(false);
        setDrawBarOutline(false);
        setMaximumBarWidth(0.12);
        setItemMargin(0);
        setDefaultSeriesVisibleInLegend(false);
    }

    @Override
    public Paint getItemPaint(int row, int column) {
        return bars.get(column).flagged() ? Palette.ORANGE : Palette.BLUE;
    }

    @Override
    public void drawItem(Graphics2D g2, CategoryItemRendererState state, Rectangle2D dataArea, CategoryPlot plot,
                         CategoryAxis domainAxis, ValueAxis rangeAxis, CategoryDataset dataset, int row, int column,
                         int pass) {
        var last = pass == getPassCount() - 1;
        if (last) {
            g2.setRenderingHint(SVGHints.KEY_ELEMENT_ID, "bar-" + column);
        }
        super.drawItem(g2, state, dataArea, plot, domainAxis, rangeAxis, dataset, row, column, pass);
        var bar = bars.get(column);
        if (!last || bar.low() == null || bar.high() == null) {
            return;
        }
        var x = domainAxis.getCategoryMiddle(column, dataset.getColumnCount(), dataArea, plot.getDomainAxisEdge());
        var low = rangeAxis.valueToJava2D(bar.low(), dataArea, plot.getRangeAxisEdge());
        var high = rangeAxis.valueToJava2D(bar.high(), dataArea, plot.getRangeAxisEdge());
        var cap = Math.max(3, state.getBarWidth() / 5);
        var whisker = new Path2D.Double();
        whisker.moveTo(x - cap, low);
        whisker.lineTo(x + cap, low);
        whisker.moveTo(x, low);
        whisker.lineTo(x, high);
        whisker.moveTo(x - cap, high);
        whisker.lineTo(x + cap, high);
        g2.setPaint(Palette.WHISKER);
        g2.setStroke(Palette.THIN);
        g2.setRenderingHint(SVGHints.KEY_ELEMENT_ID, "whisker-" + column);
        g2.draw(whisker);
    }

    @Override
    public void drawRangeMarker(Graphics2D g2, CategoryPlot plot, ValueAxis axis, Marker marker,
                                Rectangle2D dataArea) {
        g2.setRenderingHint(SVGHints.KEY_ELEMENT_ID, "reference-line");
        super.drawRangeMarker(g2, plot, axis, marker, dataArea);
    }
}
