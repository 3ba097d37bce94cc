package org.steward.card;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Renders a card in each export format; the same card always gives the same bytes. */
@Component
class CardExports {

    private final Markdown markdown;

    CardExports(Markdown markdown) {
        this.markdown = markdown;
    }

    CardExport export(@Nullable CardView card, CardContent content, Completeness completeness, CardFormat format) {
        var bytes = switch (format) {
            case JSON -> CardJson.render(card, content, completeness).getBytes(StandardCharsets.UTF_8);
            case MARKDOWN -> CardMarkdown.render(card, content, completeness).getBytes(StandardCharsets.UTF_8);
            case PDF -> CardPdf.render(card, content, completeness, markdown);
        };
        var d = content.details();
        var name = (d.name() + "-" + d.version()).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.]+", "-")
                + (card == null ? "-card" : "-card-" + card.number() + (card.published() ? "" : "-draft"))
                + "." + format.suffix();
        return new CardExport(bytes, format, name);
    }
}
