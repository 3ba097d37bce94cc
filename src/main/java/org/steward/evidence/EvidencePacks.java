package org.steward.evidence;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steward.approval.ApprovalWorkflow;
import org.steward.approval.DecisionView;
import org.steward.base.PermissionDeniedException;
import org.steward.evidence.EvidencePack.ConditionLine;
import org.steward.evidence.EvidencePack.DecisionSection;
import org.steward.evidence.EvidencePack.GateLine;
import org.steward.evidence.EvidencePack.KpiLine;
import org.steward.evidence.EvidencePack.LedgerLine;
import org.steward.evidence.EvidencePack.ModelSection;
import org.steward.evidence.EvidencePack.Verification;
import org.steward.evidence.EvidencePack.VersionSection;
import org.steward.identity.CurrentUser;
import org.steward.identity.Role;
import org.steward.ledger.Ledger;
import org.steward.register.ModelRegister;
import org.steward.register.ModelView;
import org.steward.register.VersionView;

/**
 * Builds a model's evidence pack from the register, the approval workflow and the ledger, renders it as PDF or JSON
 * (each export recorded as {@link EvidencePackExported}), and replays the model's state on a past day. Auditors,
 * risk officers and administrators may export any model's pack; business owners their own models'.
 */
@Service
@Transactional
public class EvidencePacks {

    static final String READERS = "hasAnyRole('AUDITOR', 'RISK_OFFICER', 'ADMIN', 'BUSINESS_OWNER')";
    private static final Set<Role> ANY_MODEL = EnumSet.of(Role.AUDITOR, Role.RISK_OFFICER, Role.ADMIN);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final int MAX_VERSIONS = 1000;

    private final ModelRegister register;
    private final ApprovalWorkflow workflow;
    private final Ledger ledger;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    EvidencePacks(ModelRegister register, ApprovalWorkflow workflow, Ledger ledger, CurrentUser currentUser,
                  ApplicationEventPublisher events, Clock clock) {
        this.register = register;
        this.workflow = workflow;
        this.ledger = ledger;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** Whether the signed-in user may export this model's evidence pack. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean canExport(long modelId) {
        var roles = currentUser.roles();
        if (roles.stream().anyMatch(ANY_MODEL::contains)) {
            return true;
        }
        return roles.contains(Role.BUSINESS_OWNER)
                && register.get(modelId).details().owner().equals(currentUser.username());
    }

    /** The evidence pack of a model as it stands now, without recording an export. */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public EvidencePack pack(long modelId) {
        var model = readable(modelId);
        var versions = versions(modelId);
        var decisions = new ArrayList<DecisionSection>();
        for (var v : versions) {
            workflow.decisions(modelId, v.label()).stream().map(EvidencePacks::decision).forEach(decisions::add);
        }
        decisions.sort(Comparator.comparing(DecisionSection::at));
        var trail = ledger.trail(subject(modelId)).stream()
                .map(e -> new LedgerLine(e.seq(), e.occurredAt(), e.actor(), e.action(), e.prevHash(), e.hash()))
                .toList();
        var v = ledger.verifyForEvidence();
        var verification = new Verification(v.intact(), v.verified(), v.brokenAt(), v.reason(), v.checkpointSeq(),
                v.message());
        return new EvidencePack(clock.instant(), currentUser.username(), model(model),
                versions.stream().map(EvidencePacks::version).toList(), decisions, trail, verification);
    }

    /** The pack as a PDF; the export is recorded in the change log and the ledger. */
    @PreAuthorize(READERS)
    public EvidenceFile pdf(long modelId) {
        var pack = pack(modelId);
        return exported(pack, "PDF", "pdf", "application/pdf", EvidencePdf.render(pack));
    }

    /** The pack as pretty JSON with a stable key order; the export is recorded in the change log and the ledger. */
    @PreAuthorize(READERS)
    public EvidenceFile json(long modelId) {
        var pack = pack(modelId);
        return exported(pack, "JSON", "json", "application/json", EvidenceJson.write(pack));
    }

    /** The model's versions as they stood at the end of {@code day} (UTC), replayed from recorded events. */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public ModelState stateAsOf(long modelId, LocalDate day) {
        return stateAsOf(modelId, day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusNanos(1));
    }

    /** The model's versions as they stood at {@code at}, replayed from recorded events. */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public ModelState stateAsOf(long modelId, Instant at) {
        readable(modelId);
        var versions = versions(modelId);
        var decisions = new ArrayList<DecisionView>();
        for (var v : versions) {
            decisions.addAll(workflow.decisions(modelId, v.label()));
        }
        return StateReplay.replay(modelId, at, versions, ledger.trail(subject(modelId)), decisions);
    }

    private EvidenceFile exported(EvidencePack pack, String format, String extension, String contentType,
                                  byte[] bytes) {
        var filename = "evidence-pack-" + slug(pack.model().name()) + "-" + STAMP.format(pack.generatedAt()) + "."
                + extension;
        events.publishEvent(new EvidencePackExported(pack.model().id(), pack.model().name(), format, filename,
                pack.generatedBy(), clock.instant()));
        return new EvidenceFile(filename, contentType, bytes);
    }

    /** The model, if the caller may export its pack: business owners only their own models'. */
    private ModelView readable(long modelId) {
        var model = register.get(modelId);
        var roles = currentUser.roles();
        if (roles.stream().noneMatch(ANY_MODEL::contains) && !model.details().owner().equals(currentUser.username())) {
            throw new PermissionDeniedException("Business owners export the evidence packs of their own models only.");
        }
        return model;
    }

    private List<VersionView> versions(long modelId) {
        return register.versions(modelId, PageRequest.of(0, MAX_VERSIONS, Sort.by("registeredAt", "id")));
    }

    private static String subject(long modelId) {
        return "model:" + modelId;
    }

    static String slug(String name) {
        var slug = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return slug.isEmpty() ? "model" : slug.length() > 60 ? slug.substring(0, 60) : slug;
    }

    private static ModelSection model(ModelView m) {
        var d = m.details();
        var o = d.objective();
        return new ModelSection(m.id(), d.name(), d.description(), d.businessDomain(), d.owner(), d.developerTeam(),
                o.problemStatement(), o.decisionSupported(), o.affectedParties(),
                d.kpis().stream().map(k -> new KpiLine(k.name(), k.unit(), k.target(), k.direction().name()))
                        .toList(),
                d.euRiskCategory().label(), d.internalRiskTier().label(), d.riskJustification(), d.intendedUse(),
                d.outOfScopeUse(), d.reviewDate(), m.createdBy(), m.createdAt());
    }

    private static VersionSection version(VersionView v) {
        var d = v.details();
        return new VersionSection(v.label(), v.status().label(), d.stage().label(), d.algorithm(), d.framework(),
                d.trainingDate(), d.artifactSha256(), d.trainingDataSha256(), d.codeCommit(), d.parentLabel(),
                d.trainingDataDescription(), d.evaluationDataDescription(), v.registeredBy(), v.registeredAt());
    }

    private static DecisionSection decision(DecisionView d) {
        return new DecisionSection(d.label(), d.kind().label(), d.actor(), d.actedAs().label(), d.at(), d.rationale(),
                d.conditions().stream().map(c -> new ConditionLine(c.text(), c.due())).toList(),
                d.from().label(), d.to().label(), d.gatesOverridden(),
                d.gates().stream().map(g -> new GateLine(g.gate(), g.outcome().label(), g.reason())).toList());
    }
}
