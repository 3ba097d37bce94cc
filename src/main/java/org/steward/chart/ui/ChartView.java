package org.steward.chart.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Style;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.InputStreamDownloadHandler;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.steward.chart.Chart;

/**
 * A chart in the page: the SVG is served as {@code image/svg+xml} and shown through an {@code <img>}, where
 * browsers never run scripts, with the chart's description as alt text and an optional caption below.
 */
public class ChartView extends Composite<Div> {

    static final String SVG = "image/svg+xml";

    private final Chart chart;
    private final Image image;
    private final Span caption = new Span();

    public ChartView(Chart chart) {
        this(chart, "");
    }

    public ChartView(Chart chart, String caption) {
        this.chart = chart;
        this.image = new Image(svg(chart).inline(), chart.description());
        image.addClassName("steward-chart-image");
        image.getStyle().setDisplay(Style.Display.BLOCK).setWidth("100%").setHeight("auto");
        this.caption.addClassName("steward-chart-caption");
        this.caption.getStyle().setFontSize("var(--lumo-font-size-xs)")
                .setColor("var(--lumo-secondary-text-color)");
        setCaption(caption);
        var root = getContent();
        root.addClassName("steward-chart");
        root.getStyle().setWidth("100%").setMaxWidth(chart.width() + "px");
        root.add(image, this.caption);
    }

    /** Replaces the caption, e.g. "dataset 3fa2b1c9d0e4 · bootstrap 1000×"; blank hides it. */
    public void setCaption(String text) {
        caption.setText(text.strip());
        caption.setVisible(!text.isBlank());
    }

    public Chart chart() {
        return chart;
    }

    Image image() {
        return image;
    }

    /** A "Download SVG" link that saves the chart as a file named after its title. */
    public static Anchor downloadLink(Chart chart) {
        var link = new Anchor(svg(chart), AttachmentType.DOWNLOAD, "Download SVG");
        link.addClassName("steward-chart-download");
        return link;
    }

    /** Serves the chart's SVG as {@code image/svg+xml}. */
    static InputStreamDownloadHandler svg(Chart chart) {
        var bytes = chart.svg().getBytes(StandardCharsets.UTF_8);
        return DownloadHandler.fromInputStream(event -> new DownloadResponse(new ByteArrayInputStream(bytes),
                filename(chart.title()), SVG, bytes.length));
    }

    /** The title as a safe file name: lower-case letters, digits and dashes. */
    static String filename(String title) {
        var slug = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > 60) {
            slug = slug.substring(0, 60).replaceAll("-+$", "");
        }
        return (slug.isEmpty() ? "chart" : slug) + ".svg";
    }
}
