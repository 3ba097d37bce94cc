package org.steward.approval;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steward.base.ConflictException;
import org.steward.base.Validation;
import org.steward.identity.CurrentUser;
import org.steward.identity.Role;
import org.steward.register.ModelRegister;
import org.steward.register.ModelView;
import org.steward.register.VersionStatus;
import org.steward.register.VersionView;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The approval workflow's application service. Role checks guard each decision here; who may take it on this
 * particular version (segregation of duties, the model's own owner, two approvers for high risk) is decided by
 * {@link ApprovalCase}; evidence gates run on submission and approval. Every decision is stored with its
 * rationale and gate results and published as {@link DecisionRecorded}.
 */
@Service
@Transactional
public class ApprovalWorkflow {

    private static final Set<Role> READERS =
            EnumSet.of(Role.ADMIN, Role.BUSINESS_OWNER, Role.MODEL_DEVELOPER, Role.RISK_OFFICER, Role.AUDITOR);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<GateEvaluation>> GATE_LIST = new TypeReference<>() {
    };

    private final ModelRegister register;
    private final VersionStatus status;
    private final Decisions decisions;
    private final Delegations delegations;
    private final List<EvidenceGate> gates;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ApprovalWorkflow(ModelRegister register, VersionStatus status, Decisions decisions, Delegations delegations,
                     List<EvidenceGate> gates, CurrentUser currentUser, ApplicationEventPublisher events,
                     Clock clock) {
        this.register = register;
        this.status = status;
        this.decisions = decisions;
        this.delegations = delegations;
        this.gates = List.copyOf(gates);
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** Submits a draft (or resubmits a version sent back for changes) for review. */
    @PreAuthorize("hasRole('MODEL_DEVELOPER')")
    public DecisionOutcome submit(long modelId, String label, DecisionRequest request) {
        return decide(modelId, label, DecisionKind.SUBMIT, request);
    }

    @PreAuthorize("hasAnyRole('BUSINESS_OWNER', 'RISK_OFFICER')")
    public DecisionOutcome approve(long modelId, String label, DecisionRequest request) {
        return decide(modelId, label, DecisionKind.APPROVE, request);
    }

    @PreAuthorize("hasAnyRole('BUSINESS_OWNER', 'RISK_OFFICER')")
    public DecisionOutcome requestChanges(long modelId, String label, DecisionRequest request) {
        return decide(modelId, label, DecisionKind.REQUEST_CHANGES, request);
    }

    @PreAuthorize("hasAnyRole('BUSINESS_OWNER', 'RISK_OFFICER')")
    public DecisionOutcome reject(long modelId, String label, DecisionRequest request) {
        return decide(modelId, label, DecisionKind.REJECT, request);
    }

    @PreAuthorize("hasAnyRole('MODEL_DEVELOPER', 'BUSINESS_OWNER')")
    public DecisionOutcome deploy(long modelId, String label, DecisionRequest request) {
        return decide(modelId, label, DecisionKind.DEPLOY, request);
    }

    @PreAuthorize("hasAnyRole('MODEL_DEVELOPER', 'BUSINESS_OWNER')")
    public DecisionOutcome suspend(long modelId, String label, DecisionRequest request) {
        return decide(modelId, label, DecisionKind.SUSPEND, request);
    }

    @PreAuthorize("hasAnyRole('MODEL_DEVELOPER', 'BUSINESS_OWNER')")
    public DecisionOutcome retire(long modelId, String label, DecisionRequest request) {
        return decide(modelId, label, DecisionKind.RETIRE, request);
    }

    /** Whether the signed-in user may read decisions and gates (everyone but end users). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean canRead() {
        return currentUser.roles().stream().anyMatch(READERS::contains);
    }

    /** The decisions taken on a version, oldest first. */
    @PreAuthorize("hasAnyRole('ADMIN', 'BUSINESS_OWNER', 'MODEL_DEVELOPER', 'RISK_OFFICER', 'AUDITOR')")
    @Transactional(readOnly = true)
    public List<DecisionView> decisions(long modelId, String label) {
        return history(register.version(modelId, label).id());
    }

    /** The evidence gates as they stand now for a version. */
    @PreAuthorize("hasAnyRole('ADMIN', 'BUSINESS_OWNER', 'MODEL_DEVELOPER', 'RISK_OFFICER', 'AUDITOR')")
    @Transactional(readOnly = true)
    public List<GateEvaluation> gates(long modelId, String label) {
        var model = register.get(modelId);
        return evaluate(model, register.version(modelId, label), RiskLevel.of(model.details()));
    }

    /** Gates, decisions and what the signed-in user may decide now, for the approval tab. */
    @PreAuthorize("hasAnyRole('ADMIN', 'BUSINESS_OWNER', 'MODEL_DEVELOPER', 'RISK_OFFICER', 'AUDITOR')")
    @Transactional(readOnly = true)
    public ApprovalState state(long modelId, String label) {
        var model = register.get(modelId);
        var version = register.version(modelId, label);
        var history = history(version.id());
        var kase = caseOf(model, version, history);
        var results = evaluate(model, version, kase.risk());
        var actor = currentUser.username();
        var roles = currentUser.roles();
        var actions = EnumSet.noneOf(DecisionKind.class);
        for (var kind : DecisionKind.values()) {
            if (kase.allows(kind, actor, roles)) {
                actions.add(kind);
            }
        }
        var mayOverride = actions.contains(DecisionKind.APPROVE) && EvidencePolicy.mayOverrideFailedGates(kase.risk())
                && results.stream().anyMatch(GateEvaluation::failed);
        return new ApprovalState(version, kase.risk(), kase.needsTwoApprovers(), results, history, actions,
                mayOverride);
    }

    private DecisionOutcome decide(long modelId, String label, DecisionKind kind, DecisionRequest request) {
        validate(kind, request);
        var actor = currentUser.username();
        var model = register.get(modelId);
        var version = register.version(modelId, label);
        if (version.version() != request.expectedVersion()) {
            throw new ConflictException("Version " + label + " was changed by someone else since you read it "
                    + "(version " + request.expectedVersion() + ", now " + version.version()
                    + "); reload it and decide again.");
        }
        var kase = caseOf(model, version, history(version.id()));
        var actedAs = kase.authorise(kind, actor, currentUser.roles());
        var results = evaluate(model, version, kase.risk());
        var overridden = checkGates(kind, request, kase.risk(), results);
        var to = kase.outcome(kind, actedAs);
        var after = to == version.status()
                ? status.touch(modelId, label, request.expectedVersion())
                : status.move(modelId, label, request.expectedVersion(), to, actor);
        var now = clock.instant();
        var decision = decisions.save(new Decision(modelId, version.id(), label, kind, actor, actedAs,
                request.rationale(), request.conditions(), version.status(), to, overridden,
                JSON.writeValueAsString(results), now));
        events.publishEvent(new DecisionRecorded(modelId, version.id(), label, kind, actedAs, request.rationale(),
                request.conditions(), results, overridden, version.status(), to, actor, now,
                kase.onBehalfOf(actor, actedAs)));
        return new DecisionOutcome(view(decision), after);
    }

    /**
     * Failed gates block submission and approval. On low-risk models a submission may go ahead, and an approver
     * may override the failures with their rationale; the override is recorded with the decision.
     */
    private static boolean checkGates(DecisionKind kind, DecisionRequest request, RiskLevel risk,
                                      List<GateEvaluation> results) {
        var failed = results.stream().filter(GateEvaluation::failed).toList();
        if (failed.isEmpty() || !(kind == DecisionKind.SUBMIT || kind == DecisionKind.APPROVE)) {
            return false;
        }
        var overridable = EvidencePolicy.mayOverrideFailedGates(risk);
        var which = failed.stream().map(g -> g.gate() + " (" + g.reason() + ")").collect(Collectors.joining("; "));
        if (kind == DecisionKind.SUBMIT) {
            if (overridable) {
                return false;
            }
            throw new ConflictException("Evidence gates failed: " + which + " Record the evidence, then submit again.");
        }
        if (!overridable) {
            throw new ConflictException("Evidence gates failed: " + which + " Failed gates can only be overridden "
                    + "on low-risk models; this one is " + risk.label().toLowerCase() + ".");
        }
        if (!request.overrideGates()) {
            throw new ConflictException("Evidence gates failed: " + which + " As the approver of a low-risk model "
                    + "you may override them, with your rationale.");
        }
        return true;
    }

    private List<GateEvaluation> evaluate(ModelView model, VersionView version, RiskLevel risk) {
        var ctx = new GateContext(model, version, risk);
        return gates.stream().map(g -> {
            var r = g.evaluate(ctx);
            return new GateEvaluation(g.name(), r.outcome(), r.reason());
        }).toList();
    }

    private void validate(DecisionKind kind, DecisionRequest request) {
        var errors = new HashMap<String, String>();
        var rationale = request.rationale();
        if (rationale.length() < DecisionRequest.RATIONALE_MIN) {
            errors.put("rationale", "explain your decision in at least " + DecisionRequest.RATIONALE_MIN
                    + " characters");
        } else if (rationale.length() > DecisionRequest.RATIONALE_MAX) {
            errors.put("rationale", "keep the rationale under " + DecisionRequest.RATIONALE_MAX + " characters");
        }
        if (!request.conditions().isEmpty() && kind != DecisionKind.APPROVE) {
            errors.put("conditions", "only an approval can carry conditions");
        }
        var today = LocalDate.now(clock);
        for (int i = 0; i < request.conditions().size(); i++) {
            var c = request.conditions().get(i);
            if (c == null || c.text() == null || c.text().isBlank()) {
                errors.put("conditions[" + i + "].text", "describe the condition");
            } else if (c.text().length() > Condition.TEXT_MAX) {
                errors.put("conditions[" + i + "].text", "keep a condition under " + Condition.TEXT_MAX
                        + " characters");
            }
            if (c == null || c.due() == null) {
                errors.put("conditions[" + i + "].due", "give the date by which the condition must be met");
            } else if (c.due().isBefore(today)) {
                errors.put("conditions[" + i + "].due", "the due date cannot be in the past");
            }
        }
        if (request.overrideGates() && kind != DecisionKind.APPROVE) {
            errors.put("overrideGates", "only an approval can override failed evidence gates");
        }
        Validation.throwIfAny(errors);
    }

    /** The version's case, with the model's active delegate (if any) on the business owner's side. */
    private ApprovalCase caseOf(ModelView model, VersionView version, List<DecisionView> history) {
        var delegate = delegations.findFirstByModelIdAndRevokedAtIsNullOrderByIdDesc(model.id())
                .map(Delegation::delegate).orElse(null);
        return ApprovalCase.of(model, version, history, delegate);
    }

    private List<DecisionView> history(long versionId) {
        return decisions.findByVersionIdOrderByIdAsc(versionId).stream().map(ApprovalWorkflow::view).toList();
    }

    private static DecisionView view(Decision d) {
        return new DecisionView(d.id(), d.modelId(), d.versionId(), d.label(), d.kind(), d.actor(), d.actedAs(),
                d.rationale(), d.conditions(), d.from(), d.to(), d.gatesOverridden(),
                JSON.readValue(d.gateResults(), GATE_LIST), d.at());
    }
}
