package org.steward.compliance.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.steward.base.DomainException;
import org.steward.compliance.ComplianceReports;
import org.steward.compliance.report.ReportFile;
import org.steward.compliance.report.ReportFormat;

/** Download links of a framework report in each format; each download is a fresh export, recorded in the ledger. */
final class ReportLinks {

    private ReportLinks() {
    }

    static HorizontalLayout forModel(ComplianceReports reports, long modelId, Supplier<@Nullable LocalDate> day) {
        return links("compliance-report", format -> reports.model(modelId, day.get(), format));
    }

    static HorizontalLayout forRegister(ComplianceReports reports, Supplier<@Nullable LocalDate> day) {
        return links("register-report", format -> reports.register(day.get(), format));
    }

    private static HorizontalLayout links(String id, Function<ReportFormat, ReportFile> export) {
        var layout = new HorizontalLayout();
        layout.setId(id + "-links");
        for (var format : ReportFormat.values()) {
            var link = new Anchor(DownloadHandler.fromInputStream(event -> {
                try {
                    var file = export.apply(format);
                    return new DownloadResponse(new ByteArrayInputStream(file.bytes()), file.filename(),
                            file.contentType(), file.bytes().length);
                } catch (AccessDeniedException | DomainException e) {
                    return DownloadResponse.error(HttpStatusCode.FORBIDDEN, e.getMessage());
                }
            }), AttachmentType.DOWNLOAD, "Report (" + format.name() + ")");
            link.setId(id + "-" + format.extension());
            link.setRouterIgnore(true);
            layout.add(link);
        }
        return layout;
    }
}
