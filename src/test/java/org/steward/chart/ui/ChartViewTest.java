package org.steward.chart.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.steward.chart.Bar;
import org.steward.chart.Chart;
import org.steward.chart.Charts;

class ChartViewTest extends BrowserlessTest {

    private static final Chart CHART = Charts.bars("Selection <rate>", "rate",
            List.of(new Bar("female", 0.5, 0.45, 0.55, true), new Bar("male", 0.7, false)), 0.8, "limit");

    @Override
    protected Set<String> scanPackages() {
        return Set.of("org.steward.chart.ui");
    }

    @Test
    void shows_the_chart_as_an_image_with_its_description_as_alt_text_and_a_caption() {
        var view = new ChartView(CHART, "dataset 3fa2b1c9d0e4 · bootstrap 1000×");
        UI.getCurrent().add(view);

        var image = $(Image.class).single();
        assertThat(image.getElement().getTag()).isEqualTo("img");
        assertThat(image.getAlt()).hasValue(CHART.description());
        assertThat(image.getSrc()).isNotBlank();
        assertThat(image.getStyle().get("width")).isEqualTo("100%");
        assertThat(view.getElement().getStyle().get("max-width")).isEqualTo("640px");
        var caption = $(Span.class).single();
        assertThat(caption.getText()).isEqualTo("dataset 3fa2b1c9d0e4 · bootstrap 1000×");
        assertThat(caption.isVisible()).isTrue();

        view.setCaption(" ");
        assertThat(caption.isVisible()).isFalse();
        assertThat(view.getElement().getChildren().map(Element::getTag)).doesNotContain("svg", "script");
    }

    @Test
    void the_image_source_serves_the_svg_inline_as_svg_and_the_link_as_an_attachment() throws Exception {
        assertThat(serve(ChartView.svg(CHART).inline(), "inline")).isEqualTo(CHART.svg());
        assertThat(serve(ChartView.svg(CHART), "attachment")).isEqualTo(CHART.svg());

        var link = ChartView.downloadLink(CHART);
        assertThat(link.getText()).isEqualTo("Download SVG");
        UI.getCurrent().add(link);
        assertThat(link.getHref()).isNotBlank();
    }

    @Test
    void file_names_come_from_the_title_and_carry_nothing_unsafe() {
        assertThat(ChartView.filename("Selection rate by sex")).isEqualTo("selection-rate-by-sex.svg");
        assertThat(ChartView.filename("../<script>ROC</script>")).isEqualTo("script-roc-script.svg");
        assertThat(ChartView.filename("§§§")).isEqualTo("chart.svg");
        assertThat(ChartView.filename("x".repeat(100))).hasSize(64);
    }

    /** Runs a download handler against a mocked response; returns the body after checking type and disposition. */
    private static String serve(DownloadHandler handler, String disposition) throws Exception {
        var body = new ByteArrayOutputStream();
        var response = mock(VaadinResponse.class);
        when(response.getOutputStream()).thenReturn(body);
        var session = mock(VaadinSession.class);
        handler.handleDownloadRequest(new DownloadEvent(mock(VaadinRequest.class), response, session,
                new Element("img")));
        verify(response).setContentType("image/svg+xml");
        var header = ArgumentCaptor.forClass(String.class);
        verify(response, atLeastOnce()).setHeader(eq("Content-Disposition"), header.capture());
        assertThat(header.getAllValues().getLast()).startsWith(disposition);
        return body.toString(StandardCharsets.UTF_8);
    }
}
