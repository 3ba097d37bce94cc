package org.steward.compliance.report;

import java.util.Locale;

/** The file formats of a framework report. */
public enum ReportFormat {
    PDF("pdf", "application/pdf"), CSV("csv", "text/csv"), JSON("json", "application/json");

    private final String extension;
    private final String contentType;

    ReportFormat(String extension, String contentType) {
        this.extension = extension;
        this.contentType = contentType;
    }

    public String extension() {
        return extension;
    }

    public String contentType() {
        return contentType;
    }

    /** The format named {@code pdf}, {@code csv} or {@code json} (any case). */
    public static ReportFormat of(String name) {
        return valueOf(name.strip().toUpperCase(Locale.ROOT));
    }

    /** Renders the report in this format. */
    public byte[] render(ComplianceReport report) {
        return switch (this) {
            case PDF -> ReportPdf.render(report);
            case CSV -> ReportCsv.write(report);
            case JSON -> ReportJson.write(report);
        };
    }
}
