package org.steward.card;

import java.util.List;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.DefaultUrlSanitizer;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;
import org.springframework.stereotype.Component;

/**
 * Renders authored markdown on the server with commonmark-java. Raw HTML in the text is escaped, never passed
 * through, and link and image targets keep only http, https and mailto: what an author writes cannot run in a
 * reader's browser.
 */
@Component
public class Markdown {

    private final Parser parser = Parser.builder().build();
    private final HtmlRenderer html = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true)
            .urlSanitizer(new DefaultUrlSanitizer(List.of("http", "https", "mailto"))).build();
    private final TextContentRenderer text = TextContentRenderer.builder().build();

    /** Safe HTML of the markdown: a fragment of block elements. */
    public String html(String markdown) {
        return html.render(parser.parse(markdown));
    }

    /** The markdown's text without markup, e.g. for PDF. */
    public String plain(String markdown) {
        return text.render(parser.parse(markdown)).strip();
    }
}
