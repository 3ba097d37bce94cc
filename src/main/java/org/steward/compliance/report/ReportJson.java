package org.steward.compliance.report;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Writes a report as indented JSON, keys in the order of the records' components, so equal reports give equal files. */
final class ReportJson {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    private ReportJson() {
    }

    static byte[] write(ComplianceReport report) {
        return JSON.writeValueAsBytes(report);
    }
}
