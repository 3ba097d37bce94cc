package org.steward.compliance;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steward.compliance.ComplianceEvent.ReportExported;
import org.steward.compliance.check.ModelCompliance;
import org.steward.compliance.report.ComplianceReport.FrameworkLine;
import org.steward.compliance.report.ComplianceReport.LedgerSection;
import org.steward.compliance.report.ComplianceReport;
import org.steward.compliance.report.ReportFile;
import org.steward.compliance.report.ReportFormat;
import org.steward.identity.CurrentUser;
import org.steward.identity.Role;
import org.steward.ledger.Ledger;
import org.steward.ledger.LedgerFilter;
import org.steward.ledger.LedgerRecord;
import org.steward.ledger.VerificationResult;
import org.steward.register.ModelRegister;

/**
 * Framework reports for auditors, risk officers and administrators: one model's or the whole register's compliance,
 * now or as of the end of a day, as PDF, CSV or JSON, each carrying the ledger head and a verification of the whole
 * chain made at export time. Every export is recorded ({@link ReportExported}).
 */
@Service
@Transactional
public class ComplianceReports {

    static final String EXPORTERS = "hasAnyRole('AUDITOR', 'RISK_OFFICER', 'ADMIN')";
    private static final Set<Role> EXPORTER_ROLES = EnumSet.of(Role.AUDITOR, Role.RISK_OFFICER, Role.ADMIN);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private final Assessments assessments;
    private final RegisterRun run;
    private final FrameworkCatalogue catalogue;
    private final ModelRegister register;
    private final Ledger ledger;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ComplianceReports(Assessments assessments, RegisterRun run, FrameworkCatalogue catalogue, ModelRegister register,
                      Ledger ledger, CurrentUser currentUser, ApplicationEventPublisher events, Clock clock) {
        this.assessments = assessments;
        this.run = run;
        this.catalogue = catalogue;
        this.register = register;
        this.ledger = ledger;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** Whether the signed-in user may export reports (auditors, risk officers, administrators). */
    @PreAuthorize("isAuthenticated()")
    public boolean canExport() {
        return currentUser.roles().stream().anyMatch(EXPORTER_ROLES::contains);
    }

    /** One model's report, now ({@code asOf} null) or as of the end of that day, without recording an export. */
    @PreAuthorize(EXPORTERS)
    @Transactional(readOnly = true)
    public ComplianceReport modelReport(long modelId, @Nullable LocalDate asOf) {
        var model = register.get(modelId);
        var at = asOf == null ? clock.instant() : assessments.endOf(asOf);
        var verification = ledger.verify();
        var assessment = assessments.assess(model, at, asOf == null, verification);
        return report("model", "Compliance report - " + model.name(), asOf, at, verification, List.of(assessment));
    }

    /** The whole register's report, now or as of the end of that day, without recording an export. */
    @PreAuthorize(EXPORTERS)
    @Transactional(readOnly = true)
    public ComplianceReport registerReport(@Nullable LocalDate asOf) {
        var at = asOf == null ? clock.instant() : assessments.endOf(asOf);
        var verification = ledger.verify();
        return report("register", "Compliance report - the register", asOf, at, verification,
                run.assessAll(at, asOf == null, verification));
    }

    /** One model's report rendered in {@code format}; the export is recorded in the change log and the ledger. */
    @PreAuthorize(EXPORTERS)
    public ReportFile model(long modelId, @Nullable LocalDate asOf, ReportFormat format) {
        var report = modelReport(modelId, asOf);
        return exported(report, modelId, "compliance-" + slug(report.models().getFirst().name()), format);
    }

    /** The register's report rendered in {@code format}; the export is recorded in the change log and the ledger. */
    @PreAuthorize(EXPORTERS)
    public ReportFile register(@Nullable LocalDate asOf, ReportFormat format) {
        return exported(registerReport(asOf), null, "compliance-register", format);
    }

    private ComplianceReport report(String scope, String title, @Nullable LocalDate asOf, Instant at,
                                    VerificationResult v, List<ModelCompliance> models) {
        var head = ledger.entries(LedgerFilter.NONE, PageRequest.of(0, 1)).stream().findFirst();
        var byDay = asOf == null ? Optional.<LedgerRecord>empty()
                : ledger.entries(new LedgerFilter(null, null, null, null, asOf), PageRequest.of(0, 1)).stream()
                        .findFirst();
        var section = new LedgerSection(head.map(e -> e.seq()).orElse(0L), head.map(e -> e.hash()).orElse("-"),
                v.intact(), v.verified(), v.brokenAt(), v.reason(), v.checkpointSeq(), v.message(),
                byDay.map(e -> e.seq()).orElse(null), byDay.map(e -> e.hash()).orElse(null));
        var revisions = asOf == null ? catalogue.current() : catalogue.inForceAt(at);
        var frameworks = revisions.stream().map(r -> new FrameworkLine(r.code(), r.framework().revision(),
                r.framework().title(), r.framework().edition(), r.sourceFile(), r.contentSha256(), r.loadedAt()))
                .toList();
        var titled = asOf == null ? title : title + " - as of " + asOf;
        return new ComplianceReport(scope, titled, clock.instant(), currentUser.username(), asOf, at, section,
                frameworks, models);
    }

    private ReportFile exported(ComplianceReport report, @Nullable Long modelId, String base, ReportFormat format) {
        var filename = base + (report.asOf() == null ? "" : "-as-of-" + report.asOf()) + "-"
                + STAMP.format(report.generatedAt()) + "." + format.extension();
        var bytes = format.render(report);
        var l = report.ledger();
        events.publishEvent(new ReportExported(modelId, format.name(), filename, report.asOf(), l.headSeq(),
                l.headHash(), l.intact(), currentUser.username(), clock.instant()));
        return new ReportFile(filename, format.contentType(), bytes);
    }

    static String slug(String name) {
        var slug = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return slug.isEmpty() ? "model" : slug.length() > 60 ? slug.substring(0, 60) : slug;
    }
}
