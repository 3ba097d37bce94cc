package org.steward.compliance.report;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.stream.Collectors;
import org.steward.compliance.check.ComplianceStatus;
import org.steward.compliance.check.FrameworkAssessment;
import org.steward.compliance.check.ModelCompliance;
import org.steward.compliance.check.RequirementStatus;
import org.steward.base.pdf.PdfLayout;

/**
 * Renders a report as PDF: the ledger's verification first, the framework revisions, then each model. A model report
 * shows every requirement with its evidence; a register report shows each model's framework statuses and only the
 * requirements that are not met, with their gaps.
 */
final class ReportPdf {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    private ReportPdf() {
    }

    static byte[] render(ComplianceReport report) {
        var full = report.scope().equals("model");
        try (var pdf = new PdfLayout(report.title(), "Steward compliance report")) {
            pdf.title(report.title());
            var l = report.ledger();
            pdf.banner("Ledger verification: " + l.message(), l.intact());
            pdf.field("Generated", when(report.generatedAt()) + " by " + report.generatedBy());
            pdf.field("Assessed", report.asOf() == null ? "now (" + when(report.assessedAt()) + ")"
                    : "as of the end of " + report.asOf() + " (UTC), from what was on record by then");
            pdf.field("Ledger head at export", "#" + l.headSeq());
            pdf.monoField("head hash:", l.headHash());
            if (l.asOfSeq() != null) {
                pdf.field("Newest ledger entry by the as-of day", "#" + l.asOfSeq());
                pdf.monoField("hash:     ", l.asOfHash());
            }
            pdf.field("Checkpoint compared", l.checkpointSeq() == null ? "none yet" : "#" + l.checkpointSeq());

            pdf.heading("Frameworks");
            for (var f : report.frameworks()) {
                pdf.field(f.title(), f.edition() + "; checklist revision " + f.revision() + " from " + f.sourceFile()
                        + ", loaded " + when(f.loadedAt()));
                pdf.monoField("sha256:", f.sha256());
            }
            if (!full) {
                pdf.heading("Summary");
                for (var f : report.frameworks()) {
                    pdf.field(f.title(), summary(report, f.code()));
                }
            }
            for (var m : report.models()) {
                model(pdf, m, full);
            }
            return pdf.finish();
        }
    }

    private static String summary(ComplianceReport report, String code) {
        var counts = new EnumMap<ComplianceStatus, Long>(ComplianceStatus.class);
        report.models().forEach(m -> m.framework(code).ifPresent(f -> counts.merge(f.status(), 1L, Long::sum)));
        return counts.entrySet().stream().map(e -> e.getValue() + " " + e.getKey().label().toLowerCase())
                .collect(Collectors.joining(", "));
    }

    private static void model(PdfLayout pdf, ModelCompliance m, boolean full) {
        pdf.heading(m.name() + " - " + m.overall().label());
        pdf.field("Model", "#" + m.modelId() + ", owner " + m.owner() + ", domain " + m.businessDomain());
        pdf.field("Risk", "EU AI Act " + m.euRiskCategory().label() + ", internal tier " + m.internalRiskTier().label());
        pdf.field("Judged on", m.versionLabel() == null ? "no version registered"
                : "version " + m.versionLabel() + " (" + m.versionStatus().label() + ")");
        var flags = m.flags();
        if (flags.reviewOverdue() || flags.productionWithoutApproval() || flags.monitoringRed()
                || flags.fairnessOverdue()) {
            var which = new ArrayList<String>();
            if (flags.reviewOverdue()) {
                which.add("review overdue since " + flags.reviewDate());
            }
            if (flags.productionWithoutApproval()) {
                which.add("in production without an approval on record");
            }
            if (flags.monitoringRed()) {
                which.add("monitoring status RED");
            }
            if (flags.fairnessOverdue()) {
                which.add("fairness re-audit overdue");
            }
            pdf.field("Flags", String.join("; ", which));
        }
        for (var f : m.frameworks()) {
            framework(pdf, f, full);
        }
    }

    private static void framework(PdfLayout pdf, FrameworkAssessment f, boolean full) {
        pdf.subheading(f.title() + " (revision " + f.revision() + "): " + f.status().label());
        pdf.paragraph(f.applicability() + ".");
        if (!f.applies()) {
            return;
        }
        pdf.paragraph(f.count(ComplianceStatus.MET) + " met, " + f.count(ComplianceStatus.PARTLY) + " partly met, "
                + f.count(ComplianceStatus.NOT_MET) + " not met of " + f.requirements().size() + " requirements.");
        for (var r : f.requirements()) {
            if (full || r.status() != ComplianceStatus.MET) {
                requirement(pdf, r, full);
            }
        }
    }

    private static void requirement(PdfLayout pdf, RequirementStatus r, boolean full) {
        var req = r.requirement();
        pdf.field(req.reference() + " " + req.title(), r.status().label() + metBy(r));
        if (full) {
            for (var e : r.evidence()) {
                pdf.field(e.satisfied() ? "    [met]" : "    [missing]", e.rule().label() + ": " + e.detail()
                        + " (" + e.link().href() + ")");
            }
        }
        var a = r.attestation() != null ? r.attestation() : r.lapsed();
        if (a != null) {
            pdf.field(r.attestation() != null ? "    Attestation" : "    Lapsed attestation", a.attestedBy() + " on "
                    + when(a.attestedAt()) + ", valid until " + when(a.expiresAt()) + ": \"" + a.statement()
                    + "\" (" + a.fileName() + ")");
            pdf.monoField("    file sha256:", a.fileSha256());
        }
        var who = r.gaps().stream().map(g -> g.role().label() + " (" + g.who() + ")")
                .collect(Collectors.toCollection(LinkedHashSet::new));
        for (var g : r.gaps()) {
            pdf.field("    Gap", g.what());
        }
        if (!who.isEmpty()) {
            pdf.field("    Who should act", String.join(", ", who));
        }
    }

    private static String metBy(RequirementStatus r) {
        return switch (r.metBy()) {
            case EVIDENCE -> " by register evidence";
            case ATTESTATION -> " by attestation";
            case NONE -> "";
        };
    }

    private static String when(Instant at) {
        return WHEN.format(at);
    }
}
