package org.steward.compliance.report;

/** A rendered framework report, ready to download. */
public record ReportFile(String filename, String contentType, byte[] bytes) {
}
