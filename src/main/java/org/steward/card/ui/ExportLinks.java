package org.steward.card.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.function.Function;
import org.springframework.security.access.AccessDeniedException;
import org.steward.base.DomainException;
import org.steward.card.CardExport;
import org.steward.card.CardFormat;

/** Download links of a card as PDF, markdown and JSON; each file is rendered when its link is followed. */
final class ExportLinks extends HorizontalLayout {

    ExportLinks(String idPrefix, Function<CardFormat, CardExport> export) {
        setId(idPrefix + "-exports");
        add(link(idPrefix, CardFormat.PDF, "Card (PDF)", export),
                link(idPrefix, CardFormat.MARKDOWN, "Markdown", export),
                link(idPrefix, CardFormat.JSON, "JSON", export));
    }

    private static Anchor link(String idPrefix, CardFormat format, String text,
                               Function<CardFormat, CardExport> export) {
        var anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            try {
                var file = export.apply(format);
                var bytes = file.bytes();
                return new DownloadResponse(new ByteArrayInputStream(bytes), file.fileName(), format.mediaType(),
                        bytes.length);
            } catch (AccessDeniedException | DomainException e) {
                return DownloadResponse.error(HttpStatusCode.FORBIDDEN, e.getMessage());
            }
        }), AttachmentType.DOWNLOAD, text);
        anchor.setId(idPrefix + "-export-" + format.suffix());
        return anchor;
    }
}
