package org.steward.chart;

import java.awt.Color;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;

/**
 * A chart drawn on the server: the SVG for the page, and the same drawing as PNG for PDFs.
 *
 * @param title       the chart's title as given
 * @param svg         a self-contained SVG document (root {@code <svg>} element, no external references)
 * @param width       width in pixels
 * @param height      height in pixels
 * @param description a short text alternative for screen readers (series, ranges, flags)
 * @param drawing     the JFreeChart behind both renderings; treat it as read-only
 */
public record Chart(String title, String svg, int width, int height, String description, JFreeChart drawing) {

    /** The chart as a PNG image of {@link #width()} × {@link #height()} pixels. */
    public byte[] png() {
        return png(1);
    }

    /** The chart as a PNG image {@code scale} times the size in each direction, e.g. 2 for print. */
    public byte[] png(int scale) {
        if (scale < 1 || scale > 8) {
            throw new IllegalArgumentException("PNG scale must be between 1 and 8, was " + scale);
        }
        var image = new BufferedImage(width * scale, height * scale, BufferedImage.TYPE_INT_RGB);
        var g2 = image.createGraphics();
        try {
            g2.setColor(Color.WHITE);
            g2.fillRect(0, 0, image.getWidth(), image.getHeight());
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g2.scale(scale, scale);
            // a JFreeChart keeps drawing state while it draws: one rendering at a time
            synchronized (drawing) {
                drawing.draw(g2, new Rectangle2D.Double(0, 0, width, height));
            }
        } finally {
            g2.dispose();
        }
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not encode the chart as PNG", e);
        }
        return out.toByteArray();
    }

    /** Charts are equal when they look the same: the drawing object itself does not count. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Chart chart && title.equals(chart.title) && svg.equals(chart.svg)
                && width == chart.width && height == chart.height && description.equals(chart.description);
    }

    @Override
    public int hashCode() {
        return svg.hashCode();
    }

    @Override
    public String toString() {
        return "Chart[" + title + ", " + width + "x" + height + "]";
    }
}
