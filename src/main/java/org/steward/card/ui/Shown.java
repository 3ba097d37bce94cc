package org.steward.card.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Paragraph;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.steward.card.Markdown;

/** How the card views show dates, figures and authored markdown. */
final class Shown {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);
    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private Shown() {
    }

    static String day(@Nullable Instant at) {
        return at == null ? "—" : DAY.format(at);
    }

    static String when(@Nullable Instant at) {
        return at == null ? "—" : WHEN.format(at);
    }

    static String figure(@Nullable Double value) {
        return value == null ? "—" : String.format(Locale.ROOT, "%.3f", value);
    }

    static String text(@Nullable String value) {
        return value == null || value.isBlank() ? "—" : value;
    }

    /**
     * Authored markdown as safe HTML (raw HTML escaped by {@link Markdown}), or the given sentence in muted text when
     * nothing was written.
     */
    static Component markdown(Markdown markdown, @Nullable String source, String missing) {
        if (source == null || source.isBlank()) {
            var p = new Paragraph(missing);
            p.addClassName("steward-muted");
            return p;
        }
        var html = new Html("<div class=\"steward-markdown\">" + markdown.html(source) + "</div>");
        return html;
    }
}
