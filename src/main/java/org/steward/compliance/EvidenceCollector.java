package org.steward.compliance;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.steward.approval.ApprovalWorkflow;
import org.steward.approval.DecisionView;
import org.steward.approval.Evidence;
import org.steward.approval.GateEvaluation;
import org.steward.compliance.check.ModelEvidence;
import org.steward.compliance.check.ModelEvidence.BaselinePoint;
import org.steward.compliance.check.ModelEvidence.DatasetPoint;
import org.steward.compliance.check.ModelEvidence.DecisionPoint;
import org.steward.compliance.check.ModelEvidence.ExplanationPoint;
import org.steward.compliance.check.ModelEvidence.FairnessPoint;
import org.steward.compliance.check.ModelEvidence.GatePoint;
import org.steward.compliance.check.ModelEvidence.LedgerStanding;
import org.steward.compliance.check.ModelEvidence.MonitoringPoint;
import org.steward.compliance.check.ModelEvidence.ProtectionPoint;
import org.steward.compliance.check.ModelEvidence.ValidationPoint;
import org.steward.compliance.check.ModelEvidence.VersionEvidence;
import org.steward.cost.CostLedger;
import org.steward.dataset.Datasets;
import org.steward.evidence.EvidencePacks;
import org.steward.explain.ExplanationView;
import org.steward.explain.Explanations;
import org.steward.fairness.FairnessAuditSummary;
import org.steward.fairness.FairnessAuditView;
import org.steward.fairness.FairnessAudits;
import org.steward.identity.Role;
import org.steward.identity.UserDirectory;
import org.steward.ledger.Ledger;
import org.steward.ledger.VerificationResult;
import org.steward.monitoring.Monitoring;
import org.steward.protection.DataProtection;
import org.steward.register.ApprovalStatus;
import org.steward.register.ModelRegister;
import org.steward.register.ModelView;
import org.steward.register.Stage;
import org.steward.register.VersionView;
import org.steward.validation.ValidationResults;
import org.steward.validation.ValidationView;

/**
 * Gathers a model's {@link ModelEvidence} from the other features' public services, under the signed-in user's
 * roles. Now, it reads each feature's latest record; as of a past moment, it replays the versions' status from the
 * ledger (through the evidence packs) and leaves out everything recorded later. Model details, budgets and the
 * owner's standing are read as they are now: the register does not keep their past values.
 */
@Component
class EvidenceCollector {

    private static final int PAGE = 50;
    private static final int MAX_PAGES = 20;
    private static final int MAX_VERSIONS = 500;
    /** The version compliance is judged on: the first status in this order, the newest version within a status. */
    private static final List<ApprovalStatus> SCOPE_ORDER = List.of(ApprovalStatus.DEPLOYED, ApprovalStatus.APPROVED,
            ApprovalStatus.SUSPENDED, ApprovalStatus.SUBMITTED, ApprovalStatus.CHANGES_REQUESTED, ApprovalStatus.DRAFT,
            ApprovalStatus.REJECTED, ApprovalStatus.RETIRED);

    private final ModelRegister register;
    private final ApprovalWorkflow workflow;
    private final ValidationResults validations;
    private final FairnessAudits fairness;
    private final Explanations explanations;
    private final Monitoring monitoring;
    private final Datasets datasets;
    private final DataProtection protection;
    private final CostLedger costs;
    private final UserDirectory users;
    private final EvidencePacks evidence;
    private final Ledger ledger;

    EvidenceCollector(ModelRegister register, ApprovalWorkflow workflow, ValidationResults validations,
                      FairnessAudits fairness, Explanations explanations, Monitoring monitoring, Datasets datasets,
                      DataProtection protection, CostLedger costs, UserDirectory users, EvidencePacks evidence,
                      Ledger ledger) {
        this.register = register;
        this.workflow = workflow;
        this.validations = validations;
        this.fairness = fairness;
        this.explanations = explanations;
        this.monitoring = monitoring;
        this.datasets = datasets;
        this.protection = protection;
        this.costs = costs;
        this.users = users;
        this.evidence = evidence;
        this.ledger = ledger;
    }

    /** The whole ledger verified once, for every model assessed alongside. */
    VerificationResult verifyLedger() {
        return ledger.verifyForEvidence();
    }

    /** The model's evidence at {@code at}; {@code now} reads the latest records instead of replaying. */
    ModelEvidence collect(ModelView model, Instant at, boolean now, VerificationResult verification) {
        var id = model.id();
        var trail = ledger.trail("model:" + id).stream().filter(e -> !e.occurredAt().isAfter(at)).count();
        var standing = new LedgerStanding(verification.intact(), verification.message(), trail);
        var version = inScope(model, at, now).map(v -> version(model, v, at, now)).orElse(null);
        return new ModelEvidence(model, at, users.isActiveWithRole(model.details().owner(), Role.BUSINESS_OWNER),
                version, standing, protection(id, at, now), !costs.budgets(id).isEmpty(), monitoring(id, at),
                validations.maxOverfittingGap());
    }

    /** A version with its status and stage as they stood at {@code at}. */
    private record Scoped(VersionView version, ApprovalStatus status, @Nullable Stage stage) {
    }

    private Optional<Scoped> inScope(ModelView model, Instant at, boolean now) {
        var versions = register.versions(model.id(), PageRequest.of(0, MAX_VERSIONS,
                Sort.by(Sort.Direction.DESC, "registeredAt", "id")));
        var scoped = new ArrayList<Scoped>();
        if (now) {
            versions.forEach(v -> scoped.add(new Scoped(v, v.status(), v.details().stage())));
        } else {
            var byLabel = versions.stream().collect(java.util.stream.Collectors.toMap(VersionView::label,
                    Function.identity()));
            for (var state : evidence.stateAsOf(model.id(), at).versions()) {
                var v = byLabel.get(state.label());
                if (v != null) {
                    scoped.add(new Scoped(v, state.status(), state.stage()));
                }
            }
            scoped.sort(Comparator.comparing((Scoped s) -> s.version().registeredAt()).reversed());
        }
        return scoped.stream().min(Comparator.comparingInt(s -> SCOPE_ORDER.indexOf(s.status())));
    }

    private VersionEvidence version(ModelView model, Scoped scoped, Instant at, boolean now) {
        var v = scoped.version();
        var decisions = workflow.decisions(model.id(), v.label()).stream().filter(d -> !d.at().isAfter(at)).toList();
        return new VersionEvidence(v.id(), v.label(), scoped.status(), scoped.stage(), v.details(),
                decisions.stream().map(d -> new DecisionPoint(d.kind(), d.actor(), d.actedAs(), d.to(), d.at()))
                        .toList(),
                validation(model.id(), v.id(), at, now), fairness(model.id(), v.id(), at, now),
                explanation(model.id(), v.id(), at, now), baseline(model.id(), v.label(), at),
                datasets(model.id(), v.id(), at), modelCard(model.id(), v.label(), decisions, now));
    }

    private @Nullable ValidationPoint validation(long modelId, long versionId, Instant at, boolean now) {
        var found = now ? validations.latest(modelId, versionId)
                : first(p -> validations.history(modelId, p), r -> r.versionId() == versionId
                        && !r.computedAt().isAfter(at));
        return found.map(EvidenceCollector::point).orElse(null);
    }

    private static ValidationPoint point(ValidationView r) {
        return new ValidationPoint(r.id(), r.primaryMetric().label(), r.primaryTrainValue(), r.primaryTestValue(),
                r.overfittingGap(), r.datasetSha256(), r.computedAt());
    }

    private @Nullable FairnessPoint fairness(long modelId, long versionId, Instant at, boolean now) {
        var found = now ? fairness.latest(modelId, versionId).map(FairnessAuditView::audit)
                : first(p -> fairness.history(modelId, p), a -> a.versionId() == versionId
                        && !a.auditedAt().isAfter(at));
        return found.map(EvidenceCollector::point).orElse(null);
    }

    private static FairnessPoint point(FairnessAuditSummary a) {
        return new FairnessPoint(a.id(), a.verdict(), a.findings(), a.policyVersion(), a.datasetSha256(),
                a.auditedAt(), a.dueAt());
    }

    private @Nullable ExplanationPoint explanation(long modelId, long versionId, Instant at, boolean now) {
        var found = now ? explanations.latest(versionId)
                : first(p -> explanations.history(modelId, p), x -> x.versionId() == versionId
                        && !x.computedAt().isAfter(at));
        return found.map(EvidenceCollector::point).orElse(null);
    }

    private static ExplanationPoint point(ExplanationView x) {
        return new ExplanationPoint(x.id(), x.reliable(), x.fidelity(), x.method(), x.datasetSha256(),
                x.computedAt());
    }

    /** The version's latest baseline, if it was there by then (an earlier one replaced later is not replayed). */
    private @Nullable BaselinePoint baseline(long modelId, String label, Instant at) {
        return monitoring.baseline(modelId, label).filter(b -> !b.createdAt().isAfter(at))
                .map(b -> new BaselinePoint(b.id(), b.rows(), b.source(), b.createdAt())).orElse(null);
    }

    private List<DatasetPoint> datasets(long modelId, long versionId, Instant at) {
        return datasets.list(modelId, PageRequest.of(0, 200)).stream()
                .filter(d -> d.versionId() == versionId && !d.uploadedAt().isAfter(at))
                .map(d -> new DatasetPoint(d.id(), d.fileName(), d.sha256(), d.uploadedAt())).toList();
    }

    /** The model-card gate now, or as stored with the version's last decision by then. */
    private @Nullable GatePoint modelCard(long modelId, String label, List<DecisionView> decisions, boolean now) {
        var name = Evidence.MODEL_CARD.gateName();
        List<GateEvaluation> gates = now ? workflow.gates(modelId, label)
                : decisions.isEmpty() ? List.of() : decisions.getLast().gates();
        return gates.stream().filter(g -> g.gate().equals(name)).findFirst()
                .map(g -> new GatePoint(g.outcome().name(), g.reason())).orElse(null);
    }

    private @Nullable MonitoringPoint monitoring(long modelId, Instant at) {
        return first(p -> monitoring.timeline(modelId, p), e -> !e.evaluatedAt().isAfter(at))
                .map(e -> new MonitoringPoint(e.status(), e.reasons(), e.versionLabel(), e.evaluatedAt()))
                .orElse(null);
    }

    /** The facts, or null when they were last changed after a past {@code at} (their earlier values are not kept). */
    private @Nullable ProtectionPoint protection(long modelId, Instant at, boolean now) {
        var facts = protection.facts(modelId);
        if (!now && facts.updatedAt() != null && facts.updatedAt().isAfter(at)) {
            return null;
        }
        return new ProtectionPoint(facts.lawfulBasis() == null ? null : facts.lawfulBasis().label(),
                facts.dpiaReference(), facts.dpiaDate(), facts.dataCategories());
    }

    /** The first item of a newest-first history that matches, reading at most {@value #MAX_PAGES} pages. */
    private static <T> Optional<T> first(Function<Pageable, List<T>> history, Predicate<T> match) {
        for (int page = 0; page < MAX_PAGES; page++) {
            var items = history.apply(PageRequest.of(page, PAGE));
            var found = items.stream().filter(match).findFirst();
            if (found.isPresent() || items.size() < PAGE) {
                return found;
            }
        }
        return Optional.empty();
    }
}
