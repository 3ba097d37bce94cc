package org.steward.chart;

import java.awt.geom.Rectangle2D;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/** Draws a chart as a self-contained, deterministic SVG document with a title and description for assistive tech. */
final class Svg {

    /** Fixed so that the same input gives the same SVG (JFreeSVG's default prefix depends on the clock). */
    private static final String DEFS_PREFIX = "steward-";

    private Svg() {
    }

    static Chart render(String title, JFreeChart drawing, String description, int width, int height) {
        var g2 = new SVGGraphics2D(width, height);
        g2.setDefsKeyPrefix(DEFS_PREFIX);
        g2.setGeomDoubleConverter(Svg::coordinate);
        drawing.draw(g2, new Rectangle2D.Double(0, 0, width, height));
        var element = g2.getSVGElement("steward-chart", true, new ViewBox(0, 0, width, height), null, null);
        var start = element.indexOf('>') + 1;
        var svg = element.substring(0, start)
                + "<title>" + Text.escapeXml(title) + "</title>"
                + "<desc>" + Text.escapeXml(description) + "</desc>"
                + element.substring(start);
        return new Chart(title, svg, width, height, description, drawing);
    }

    /** Hundredths of a pixel are plenty, and keep point-heavy charts small: 280.0523376 becomes 280.05. */
    static String coordinate(double value) {
        var hundredths = Math.round(value * 100);
        if (hundredths == 0) {
            return "0";
        }
        var sign = hundredths < 0 ? "-" : "";
        hundredths = Math.abs(hundredths);
        var whole = hundredths / 100;
        var fraction = hundredths % 100;
        if (fraction == 0) {
            return sign + whole;
        }
        return sign + whole + (fraction % 10 == 0 ? "." + fraction / 10 : (fraction < 10 ? ".0" : ".") + fraction);
    }
}
