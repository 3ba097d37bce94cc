package org.steward.evidence;

import java.time.ZoneOffset;
import org.steward.base.pdf.PdfLayout;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;

/** Renders an evidence pack as a readable PDF: title, verification result, then one section per kind of evidence. */
final class EvidencePdf {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    private EvidencePdf() {
    }

    static byte[] render(EvidencePack pack) {
        var m = pack.model();
        var title = "Evidence pack \u2014 " + m.name() + " \u2014 generated " + when(pack.generatedAt()) + " by "
                + pack.generatedBy();
        try (var pdf = new PdfLayout(title, "Steward evidence pack \u2014 " + m.name())) {
            pdf.title(title);
            var v = pack.verification();
            pdf.banner("Ledger verification: " + v.message(), v.intact());
            pdf.paragraph("This pack lists what Steward recorded about model " + m.id() + ": its details, "
                    + pack.versions().size() + " version(s), " + pack.decisions().size() + " decision(s) and "
                    + pack.ledger().size() + " ledger entries about it. Each ledger entry's hash covers the previous "
                    + "hash, so the chain can be recomputed independently (SHA-256, see LedgerHash).");

            pdf.heading("1. Model");
            pdf.field("Name", m.name());
            pdf.field("Description", m.description());
            pdf.field("Business domain", m.businessDomain());
            pdf.field("Business owner", m.owner());
            pdf.field("Developer team", m.developerTeam());
            pdf.field("Registered", m.createdBy() + ", " + when(m.createdAt()));
            pdf.subheading("Business objective");
            pdf.field("Problem", m.problemStatement());
            pdf.field("Decision supported", m.decisionSupported());
            pdf.field("Affected parties", m.affectedParties());
            pdf.subheading("KPIs");
            if (m.kpis().isEmpty()) {
                pdf.paragraph("No KPI recorded.");
            }
            for (var k : m.kpis()) {
                pdf.field(k.name(), k.target().toPlainString() + " " + k.unit() + " ("
                        + k.direction().toLowerCase().replace('_', ' ') + ")");
            }
            pdf.subheading("Risk");
            pdf.field("EU AI Act category", m.euRiskCategory());
            pdf.field("Internal risk tier", m.internalRiskTier());
            pdf.field("Justification", m.riskJustification());
            pdf.field("Intended use", m.intendedUse());
            pdf.field("Out-of-scope use", m.outOfScopeUse());
            pdf.field("Review date", m.reviewDate());

            pdf.heading("2. Versions");
            if (pack.versions().isEmpty()) {
                pdf.paragraph("No version registered.");
            }
            for (var ver : pack.versions()) {
                pdf.subheading("Version " + ver.label() + " \u2014 " + ver.status() + " \u2014 " + ver.stage());
                pdf.field("Algorithm", ver.algorithm());
                pdf.field("Framework", ver.framework());
                pdf.field("Training date", ver.trainingDate());
                pdf.field("Parent version", ver.parentLabel());
                pdf.field("Code commit", ver.codeCommit());
                pdf.field("Training data", ver.trainingDataDescription());
                pdf.field("Evaluation data", ver.evaluationDataDescription());
                pdf.field("Registered", ver.registeredBy() + ", " + when(ver.registeredAt()));
                pdf.monoField("Artifact SHA-256:     ", ver.artifactSha256());
                pdf.monoField("Training data SHA-256:", ver.trainingDataSha256());
            }

            pdf.heading("3. Decisions");
            if (pack.decisions().isEmpty()) {
                pdf.paragraph("No decision taken.");
            }
            for (var d : pack.decisions()) {
                pdf.subheading(when(d.at()) + " \u2014 " + d.decision() + " \u2014 version " + d.version());
                pdf.field("By", d.actor() + " (" + d.actedAs() + ")");
                pdf.field("Status", "from " + d.from() + " to " + d.to());
                pdf.field("Rationale", d.rationale());
                for (var c : d.conditions()) {
                    pdf.field("Condition", c.text() + " (due " + c.due() + ")");
                }
                pdf.field("Gates overridden", d.gatesOverridden() ? "yes" : "no");
                for (var g : d.gates()) {
                    pdf.field("Gate " + g.outcome(), g.gate() + ": " + g.reason());
                }
            }

            pdf.heading("4. Ledger trail of model:" + m.id());
            if (pack.ledger().isEmpty()) {
                pdf.paragraph("No ledger entry about this model.");
            }
            for (var e : pack.ledger()) {
                pdf.field("#" + e.seq(), when(e.occurredAt()) + "  " + e.actor() + "  " + e.action());
                pdf.monoField("prev", e.prevHash());
                pdf.monoField("hash", e.hash());
            }

            pdf.heading("5. Ledger verification");
            pdf.banner(v.intact() ? "Intact" : "Broken", v.intact());
            pdf.field("Result", v.message());
            pdf.field("Entries verified", v.verified());
            pdf.field("Checkpoint compared", v.checkpointSeq() == null ? "none yet" : "#" + v.checkpointSeq());
            if (!v.intact()) {
                pdf.field("First broken entry", v.brokenAt());
                pdf.field("Reason", v.reason());
            }
            pdf.field("Verified at", when(pack.generatedAt()) + " by " + pack.generatedBy());
            return pdf.finish();
        }
    }

    static String when(TemporalAccessor at) {
        return WHEN.format(at);
    }
}
