package org.steward.compliance.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.function.Supplier;
import org.springframework.security.access.AccessDeniedException;
import org.steward.base.DomainException;
import org.steward.base.ui.Badge;
import org.steward.compliance.Attachment;
import org.steward.compliance.check.ComplianceStatus;

/** How compliance values are shown: status badges, times, and links that build a file when followed. */
final class Shown {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private Shown() {
    }

    static Badge status(ComplianceStatus status) {
        return new Badge(status.label(), status.level());
    }

    static String time(Instant at) {
        return WHEN.format(at);
    }

    static String day(Instant at) {
        return LocalDate.ofInstant(at, ZoneOffset.UTC).toString();
    }

    /**
     * A download link whose file is produced when followed, always as an attachment (never shown inline, whatever
     * the uploader called its type); refusals come back as 403 with the reason.
     */
    static Anchor download(String text, Supplier<Attachment> file) {
        var link = new Anchor(DownloadHandler.fromInputStream(event -> {
            try {
                var f = file.get();
                return new DownloadResponse(new ByteArrayInputStream(f.bytes()), f.fileName(), f.contentType(),
                        f.bytes().length);
            } catch (AccessDeniedException | DomainException e) {
                return DownloadResponse.error(HttpStatusCode.FORBIDDEN, e.getMessage());
            }
        }), AttachmentType.DOWNLOAD, text);
        link.setRouterIgnore(true);
        return link;
    }
}
