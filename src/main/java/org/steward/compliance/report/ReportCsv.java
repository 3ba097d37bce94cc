package org.steward.compliance.report;

import static org.steward.base.CsvCells.text;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.steward.compliance.check.RequirementStatus;

/**
 * Writes a report as CSV, one row per model, framework and requirement. Every row repeats when it was generated, the
 * as-of day and the ledger head and verification, so that any extract of the file still says what it rests on.
 */
final class ReportCsv {

    static final String[] HEADER = {"generated_at", "as_of", "ledger_head_seq", "ledger_head_hash", "ledger_intact",
        "model_id", "model", "owner", "business_domain", "eu_risk_category", "internal_risk_tier", "version",
        "version_status", "framework", "framework_revision", "framework_status", "applicability", "requirement",
        "reference", "title", "status", "met_by", "evidence", "attestation", "gaps", "who_should_act"};

    private ReportCsv() {
    }

    static byte[] write(ComplianceReport report) {
        var out = new StringWriter();
        var l = report.ledger();
        try (var printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(HEADER).get())) {
            for (var m : report.models()) {
                for (var f : m.frameworks()) {
                    for (var r : f.requirements()) {
                        printer.printRecord(report.generatedAt(), report.asOf() == null ? "" : report.asOf(),
                                l.headSeq(), l.headHash(), l.intact(), m.modelId(), text(m.name()), text(m.owner()),
                                text(m.businessDomain()), m.euRiskCategory().name(), m.internalRiskTier().name(),
                                m.versionLabel() == null ? "" : m.versionLabel(),
                                m.versionStatus() == null ? "" : m.versionStatus().name(), f.code(), f.revision(),
                                f.status().name(), f.applicability(), r.requirement().code(),
                                r.requirement().reference(), text(r.requirement().title()), r.status().name(),
                                r.metBy().name(), text(evidence(r)), text(attestation(r)), text(gaps(r)), text(who(r)));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String evidence(RequirementStatus r) {
        return r.evidence().stream().map(e -> (e.satisfied() ? "[met] " : "[missing] ") + e.rule().name() + ": "
                + e.detail() + " <" + e.link().href() + ">").collect(Collectors.joining(" | "));
    }

    private static String attestation(RequirementStatus r) {
        var a = r.attestation() != null ? r.attestation() : r.lapsed();
        if (a == null) {
            return "";
        }
        return (r.attestation() != null ? "current" : "lapsed") + ": " + a.attestedBy() + " " + a.attestedAt()
                + " until " + a.expiresAt() + ", " + a.fileName() + " sha256:" + a.fileSha256() + ", \""
                + a.statement() + "\"";
    }

    private static String gaps(RequirementStatus r) {
        return r.gaps().stream().map(g -> g.what()).collect(Collectors.joining(" | "));
    }

    private static String who(RequirementStatus r) {
        return r.gaps().stream().map(g -> g.role().name() + " (" + g.who() + ")")
                .collect(Collectors.toCollection(LinkedHashSet::new)).stream().collect(Collectors.joining("; "));
    }
}
