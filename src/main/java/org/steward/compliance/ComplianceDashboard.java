package org.steward.compliance;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steward.compliance.DashboardFilter.Issue;
import org.steward.compliance.DashboardSummary.FrameworkCount;
import org.steward.compliance.check.ComplianceStatus;
import org.steward.compliance.check.FrameworkAssessment;
import org.steward.compliance.check.ModelCompliance;
import org.steward.fairness.FairnessAudits;
import org.steward.register.ModelRegister;

/**
 * The register-wide compliance dashboard for risk officers and auditors: counts by framework and status, what is
 * flagged (overdue reviews, versions in production without an approval on record, red monitoring, overdue fairness
 * re-audits, attestations about to expire), and the models behind each count, page by page.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(ComplianceDashboard.VIEWERS)
public class ComplianceDashboard {

    static final String VIEWERS = "hasAnyRole('RISK_OFFICER', 'AUDITOR')";

    private final RegisterSnapshot snapshot;
    private final FrameworkCatalogue catalogue;
    private final Attestations attestations;
    private final FairnessAudits fairness;
    private final ModelRegister register;
    private final ComplianceSettings settings;
    private final Clock clock;

    ComplianceDashboard(RegisterSnapshot snapshot, FrameworkCatalogue catalogue, Attestations attestations,
                        FairnessAudits fairness, ModelRegister register, ComplianceSettings settings, Clock clock) {
        this.snapshot = snapshot;
        this.catalogue = catalogue;
        this.attestations = attestations;
        this.fairness = fairness;
        this.register = register;
        this.settings = settings;
        this.clock = clock;
    }

    public DashboardSummary summary() {
        var models = snapshot.models();
        var counts = new ArrayList<FrameworkCount>();
        for (var f : catalogue.current()) {
            var by = new EnumMap<ComplianceStatus, Long>(ComplianceStatus.class);
            models.forEach(m -> m.framework(f.code()).ifPresent(a -> by.merge(a.status(), 1L, Long::sum)));
            counts.add(new FrameworkCount(f.code(), f.framework().title(), f.framework().shortTitle(),
                    by.getOrDefault(ComplianceStatus.MET, 0L),
                    by.getOrDefault(ComplianceStatus.PARTLY, 0L), by.getOrDefault(ComplianceStatus.NOT_MET, 0L),
                    by.getOrDefault(ComplianceStatus.NOT_APPLICABLE, 0L)));
        }
        var issues = new EnumMap<Issue, Long>(Issue.class);
        for (var issue : Issue.values()) {
            issues.put(issue, models.stream().filter(m -> issues(m).contains(issue)).count());
        }
        var now = clock.instant();
        var ledger = models.isEmpty() ? "no model assessed" : models.getFirst().ledger().message();
        return new DashboardSummary(now, models.size(), counts, issues, settings.expiryWarningDays(), ledger);
    }

    /** The models matching the filter; sorted by "name" (default), "gaps" or "overall" (worst first when DESC). */
    public List<DashboardRow> rows(DashboardFilter filter, Pageable page) {
        var rows = matching(filter);
        rows.sort(order(page.getSort()));
        return rows.stream().skip(page.getOffset()).limit(page.getPageSize()).toList();
    }

    public long count(DashboardFilter filter) {
        return matching(filter).size();
    }

    /** Attestations in force that expire within the warning period, soonest first. */
    public List<ExpiringAttestation> expiringAttestations(Pageable page) {
        var now = clock.instant();
        return attestations.expiringBetween(now, warningLimit(now), PageRequest.of(page.getPageNumber(),
                page.getPageSize())).stream().map(Attestation::view)
                .map(a -> new ExpiringAttestation(a, register.get(a.modelId()).name(),
                        Duration.between(now, a.expiresAt()).toDays()))
                .toList();
    }

    public long countExpiringAttestations() {
        var now = clock.instant();
        return attestations.countExpiringBetween(now, warningLimit(now));
    }

    /** The latest audit of each version whose fairness re-audit is due, most overdue first. */
    public List<OverdueAudit> overdueFairnessAudits(Pageable page) {
        return fairness.dueAudits(page).stream().map(a -> new OverdueAudit(a, register.get(a.modelId()).name()))
                .toList();
    }

    public long countOverdueFairnessAudits() {
        return fairness.countDue();
    }

    private Instant warningLimit(Instant now) {
        return now.plus(Duration.ofDays(settings.expiryWarningDays()));
    }

    private List<DashboardRow> matching(DashboardFilter filter) {
        var text = filter.text() == null || filter.text().isBlank() ? null
                : filter.text().strip().toLowerCase(Locale.ROOT);
        var rows = new ArrayList<DashboardRow>();
        for (var m : snapshot.models()) {
            var status = filter.framework() == null ? m.overall()
                    : m.framework(filter.framework()).map(FrameworkAssessment::status).orElse(null);
            var issues = issues(m);
            if (filter.status() != null && filter.status() != status) {
                continue;
            }
            if (filter.issue() != null && !issues.contains(filter.issue())) {
                continue;
            }
            if (text != null && !(m.name() + " " + m.owner() + " " + m.businessDomain()).toLowerCase(Locale.ROOT)
                    .contains(text)) {
                continue;
            }
            rows.add(row(m, issues));
        }
        return rows;
    }

    private static DashboardRow row(ModelCompliance m, List<Issue> issues) {
        var statuses = new LinkedHashMap<String, ComplianceStatus>();
        m.frameworks().forEach(f -> statuses.put(f.code(), f.status()));
        var gaps = m.frameworks().stream().mapToInt(f -> (int) f.requirements().stream()
                .filter(r -> r.status() == ComplianceStatus.NOT_MET || r.status() == ComplianceStatus.PARTLY).count())
                .sum();
        return new DashboardRow(m.modelId(), m.name(), m.owner(), m.businessDomain(), m.euRiskCategory(),
                m.internalRiskTier(), m.versionLabel(), m.versionStatus(), statuses, m.overall(), gaps, issues);
    }

    /** What is flagged about the model; attestations count as expiring within the warning period. */
    private List<Issue> issues(ModelCompliance m) {
        var issues = new ArrayList<Issue>();
        var f = m.flags();
        if (f.reviewOverdue()) {
            issues.add(Issue.REVIEW_OVERDUE);
        }
        if (f.productionWithoutApproval()) {
            issues.add(Issue.PRODUCTION_WITHOUT_APPROVAL);
        }
        if (f.monitoringRed()) {
            issues.add(Issue.MONITORING_RED);
        }
        if (f.fairnessOverdue()) {
            issues.add(Issue.FAIRNESS_OVERDUE);
        }
        var limit = warningLimit(m.at());
        var expiring = m.frameworks().stream().flatMap(a -> a.requirements().stream())
                .anyMatch(r -> r.attestation() != null && !r.attestation().expiresAt().isAfter(limit));
        if (expiring) {
            issues.add(Issue.ATTESTATION_EXPIRING);
        }
        return issues;
    }

    private static Comparator<DashboardRow> order(Sort sort) {
        var byName = Comparator.comparing(DashboardRow::name, String.CASE_INSENSITIVE_ORDER)
                .thenComparingLong(DashboardRow::modelId);
        var first = sort.stream().findFirst();
        if (first.isEmpty()) {
            return byName;
        }
        Comparator<DashboardRow> order = switch (first.get().getProperty()) {
            case "gaps" -> Comparator.comparingInt(DashboardRow::gaps);
            case "overall" -> Comparator.comparingInt(r -> severity(r.overall()));
            case "owner" -> Comparator.comparing(DashboardRow::owner);
            default -> Comparator.comparing(DashboardRow::name, String.CASE_INSENSITIVE_ORDER);
        };
        if (first.get().isDescending()) {
            order = order.reversed();
        }
        return order.thenComparing(byName);
    }

    /** Higher is worse. */
    private static int severity(ComplianceStatus status) {
        return switch (status) {
            case NOT_APPLICABLE -> 0;
            case MET -> 1;
            case PARTLY -> 2;
            case NOT_MET -> 3;
        };
    }
}
