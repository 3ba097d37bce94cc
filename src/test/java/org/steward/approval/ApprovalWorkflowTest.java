package org.steward.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.steward.audit.ChangeHistory;
import org.steward.audit.ChangeRecord;
import org.steward.base.ConflictException;
import org.steward.base.InvalidInputException;
import org.steward.base.PermissionDeniedException;
import org.steward.identity.Role;
import org.steward.identity.RunAs;
import org.steward.identity.TestUsers;
import org.steward.identity.UserProvisioning;
import org.steward.register.ApprovalStatus;
import org.steward.register.EuRiskCategory;
import org.steward.register.InternalRiskTier;
import org.steward.register.ModelRegister;
import org.steward.register.RegisterEvent;
import org.steward.register.RegisterSeeding;
import org.steward.register.Stage;

/** The workflow end to end against the database: transitions, roles, gates, rationale, events and the change log. */
@SpringBootTest
@RecordApplicationEvents
class ApprovalWorkflowTest {

    @Autowired
    ApprovalWorkflow workflow;

    @Autowired
    ModelRegister register;

    @Autowired
    RegisterSeeding seeding;

    @Autowired
    RunAs runAs;

    @Autowired
    ChangeHistory history;

    @Autowired
    UserProvisioning provisioning;

    @Autowired
    ApplicationEvents events;

    ApprovalFixtures f;

    @BeforeEach
    void setUp() {
        f = new ApprovalFixtures(runAs, register, workflow, seeding);
    }

    private DecisionOutcome asDev(java.util.function.Function<ApprovalWorkflow, DecisionOutcome> action) {
        return f.as("dev", () -> action.apply(workflow), Role.MODEL_DEVELOPER);
    }

    private DecisionOutcome asOwner(java.util.function.Function<ApprovalWorkflow, DecisionOutcome> action) {
        return f.as("owner", () -> action.apply(workflow), Role.BUSINESS_OWNER);
    }

    @Test
    void a_low_risk_version_goes_from_draft_to_retired() {
        var model = f.lowRisk();
        var v = f.draft(model, "1.0.0");
        var id = model.id();

        var submitted = asDev(w -> w.submit(id, "1.0.0", DecisionRequest.of("Ready for review, please.", v.version())));
        var conditions = List.of(new Condition("Re-validate on Q3 data", LocalDate.now().plusMonths(3)));
        var approved = asOwner(w -> w.approve(id, "1.0.0", new DecisionRequest("Meets the KPI targets on holdout.",
                submitted.version().version(), conditions, false)));
        var deployed = asDev(w -> w.deploy(id, "1.0.0", DecisionRequest.of("Shadow run succeeded.",
                approved.version().version())));
        var suspended = asOwner(w -> w.suspend(id, "1.0.0", DecisionRequest.of("Drift alarm; investigating.",
                deployed.version().version())));
        var redeployed = asDev(w -> w.deploy(id, "1.0.0", DecisionRequest.of("Drift was a data feed issue.",
                suspended.version().version())));
        var retired = asOwner(w -> w.retire(id, "1.0.0", DecisionRequest.of("Replaced by a newer version.",
                redeployed.version().version())));

        assertThat(List.of(submitted, approved, deployed, suspended, redeployed, retired))
                .extracting(o -> o.version().status(), o -> o.version().details().stage())
                .containsExactly(tuple(ApprovalStatus.SUBMITTED, Stage.DEVELOPMENT),
                        tuple(ApprovalStatus.APPROVED, Stage.STAGING),
                        tuple(ApprovalStatus.DEPLOYED, Stage.PRODUCTION),
                        tuple(ApprovalStatus.SUSPENDED, Stage.STAGING),
                        tuple(ApprovalStatus.DEPLOYED, Stage.PRODUCTION),
                        tuple(ApprovalStatus.RETIRED, Stage.RETIRED));
        var decisions = f.as("auditor", () -> workflow.decisions(id, "1.0.0"), Role.AUDITOR);
        assertThat(decisions).extracting(DecisionView::kind, DecisionView::actor, DecisionView::actedAs)
                .containsExactly(tuple(DecisionKind.SUBMIT, "dev", Role.MODEL_DEVELOPER),
                        tuple(DecisionKind.APPROVE, "owner", Role.BUSINESS_OWNER),
                        tuple(DecisionKind.DEPLOY, "dev", Role.MODEL_DEVELOPER),
                        tuple(DecisionKind.SUSPEND, "owner", Role.BUSINESS_OWNER),
                        tuple(DecisionKind.DEPLOY, "dev", Role.MODEL_DEVELOPER),
                        tuple(DecisionKind.RETIRE, "owner", Role.BUSINESS_OWNER));
        var approval = decisions.get(1);
        assertThat(approval.rationale()).isEqualTo("Meets the KPI targets on holdout.");
        assertThat(approval.conditions()).isEqualTo(conditions);
        assertThat(approval.from()).isEqualTo(ApprovalStatus.SUBMITTED);
        assertThat(approval.to()).isEqualTo(ApprovalStatus.APPROVED);
        assertThat(approval.gates()).extracting(GateEvaluation::gate).contains("Business objective and KPIs",
                "Risk justification", "Lineage recorded", "Model card complete", "Cost estimate");
        assertThat(approval.gates()).noneMatch(GateEvaluation::failed);
    }

    @Test
    void decisions_are_published_as_governance_events_and_status_changes_reach_the_change_log() {
        var model = f.lowRisk();
        var v = f.submitted(model, "2.0.0");

        asOwner(w -> w.reject(model.id(), "2.0.0", DecisionRequest.of("KPI targets missed by far.", v.version())));

        var decided = events.stream(DecisionRecorded.class).filter(e -> e.modelId() == model.id()).toList();
        assertThat(decided).extracting(DecisionRecorded::kind, DecisionRecorded::actor, DecisionRecorded::subject)
                .containsExactly(tuple("DECISION_SUBMIT", "dev", "model:" + model.id()),
                        tuple("DECISION_REJECT", "owner", "model:" + model.id()));
        assertThat(decided.get(1).gates()).isNotEmpty();
        assertThat(decided.get(1).summary()).isEqualTo("owner (Business owner) rejected version 2.0.0");
        assertThat(events.stream(RegisterEvent.VersionStatusChanged.class).filter(e -> e.modelId() == model.id()))
                .extracting(RegisterEvent.VersionStatusChanged::to)
                .containsExactly(ApprovalStatus.SUBMITTED, ApprovalStatus.REJECTED);
        var log = f.as("auditor", () -> history.ofModel(model.id(), PageRequest.of(0, 20)), Role.AUDITOR);
        assertThat(log).extracting(ChangeRecord::kind, ChangeRecord::actor)
                .contains(tuple("VERSION_STATUS_CHANGED", "owner"), tuple("VERSION_STATUS_CHANGED", "dev"));
    }

    @Test
    void a_rejected_version_cannot_be_deployed() {
        var model = f.lowRisk();
        var v = f.submitted(model, "1.0.0");
        var rejected = asOwner(w -> w.reject(model.id(), "1.0.0", DecisionRequest.of("Not good enough yet.",
                v.version())));

        assertThatThrownBy(() -> asDev(w -> w.deploy(model.id(), "1.0.0", DecisionRequest.of("Ship it anyway.",
                rejected.version().version()))))
                .isInstanceOf(ConflictException.class)
                .hasMessage("A Rejected version cannot be deployed; register a new version.");
    }

    @Test
    void changes_requested_then_resubmitted_then_approved() {
        var model = f.lowRisk();
        var v = f.submitted(model, "1.0.0");
        var back = asOwner(w -> w.requestChanges(model.id(), "1.0.0", DecisionRequest.of("Add the Q2 holdout.",
                v.version())));
        var again = asDev(w -> w.submit(model.id(), "1.0.0", DecisionRequest.of("Q2 holdout added.",
                back.version().version())));
        var approved = asOwner(w -> w.approve(model.id(), "1.0.0", DecisionRequest.of("Now convincing.",
                again.version().version())));

        assertThat(back.version().status()).isEqualTo(ApprovalStatus.CHANGES_REQUESTED);
        assertThat(approved.version().status()).isEqualTo(ApprovalStatus.APPROVED);
    }

    @Test
    void an_administrator_cannot_approve_reject_or_submit() {
        var model = f.lowRisk();
        var v = f.submitted(model, "1.0.0");
        var request = DecisionRequest.of("Administrators know best.", v.version());

        assertThatThrownBy(() -> f.as("admin", () -> workflow.approve(model.id(), "1.0.0", request), Role.ADMIN))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> f.as("admin", () -> workflow.reject(model.id(), "1.0.0", request), Role.ADMIN))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> f.as("admin", () -> workflow.submit(model.id(), "1.0.0", request), Role.ADMIN))
                .isInstanceOf(AccessDeniedException.class);
        // holding the business owner role does not make the administrator this model's owner
        assertThatThrownBy(() -> f.as("admin", () -> workflow.approve(model.id(), "1.0.0", request), Role.ADMIN,
                Role.BUSINESS_OWNER)).isInstanceOf(PermissionDeniedException.class);
        assertThat(f.current(model, "1.0.0").status()).isEqualTo(ApprovalStatus.SUBMITTED);
    }

    @Test
    void nobody_approves_a_version_they_registered_or_submitted() {
        var both = TestUsers.create(provisioning, "dev-owner", Role.MODEL_DEVELOPER, Role.BUSINESS_OWNER);
        var model = f.model(both, EuRiskCategory.MINIMAL, InternalRiskTier.LOW);
        var mine = f.as(both, () -> register.registerVersion(model.id(), ApprovalFixtures.version("1.0.0", true)),
                Role.MODEL_DEVELOPER, Role.BUSINESS_OWNER);
        var submitted = f.as(both, () -> workflow.submit(model.id(), "1.0.0",
                DecisionRequest.of("Please review my model.", mine.version())), Role.MODEL_DEVELOPER,
                Role.BUSINESS_OWNER);

        assertThatThrownBy(() -> f.as(both, () -> workflow.approve(model.id(), "1.0.0", DecisionRequest.of(
                "Looks great to me.", submitted.version().version())), Role.MODEL_DEVELOPER, Role.BUSINESS_OWNER))
                .isInstanceOf(PermissionDeniedException.class).hasMessageContaining("segregation of duties");

        // registered by dev, submitted by the owner-developer: still not theirs to approve
        f.draft(model, "1.1.0");
        var lock = f.current(model, "1.1.0").version();
        var submittedByOwner = f.as(both, () -> workflow.submit(model.id(), "1.1.0",
                DecisionRequest.of("Submitting dev's version.", lock)), Role.MODEL_DEVELOPER, Role.BUSINESS_OWNER);
        assertThatThrownBy(() -> f.as(both, () -> workflow.approve(model.id(), "1.1.0", DecisionRequest.of(
                "Looks great to me.", submittedByOwner.version().version())), Role.BUSINESS_OWNER))
                .isInstanceOf(PermissionDeniedException.class).hasMessageContaining("You submitted");
    }

    @Test
    void only_the_models_own_owner_approves() {
        var model = f.lowRisk();
        var v = f.submitted(model, "1.0.0");
        var request = DecisionRequest.of("I own other models.", v.version());

        assertThatThrownBy(() -> f.as("owner2", () -> workflow.approve(model.id(), "1.0.0", request),
                Role.BUSINESS_OWNER)).isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> f.as("risk", () -> workflow.approve(model.id(), "1.0.0", request),
                Role.RISK_OFFICER)).isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> f.as("dev2", () -> workflow.approve(model.id(), "1.0.0", request),
                Role.MODEL_DEVELOPER)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void every_decision_needs_a_rationale_of_ten_characters() {
        var model = f.lowRisk();
        var v = f.draft(model, "1.0.0");

        for (var rationale : List.of("", "   ", "too short")) {
            assertThatThrownBy(() -> asDev(w -> w.submit(model.id(), "1.0.0", DecisionRequest.of(rationale,
                    v.version()))))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.fieldErrors()).containsOnlyKeys("rationale"));
        }
        assertThat(f.current(model, "1.0.0").status()).isEqualTo(ApprovalStatus.DRAFT);
    }

    @Test
    void conditions_need_text_and_a_future_due_date_and_belong_to_approvals() {
        var model = f.lowRisk();
        var v = f.submitted(model, "1.0.0");
        var past = new DecisionRequest("Approved with conditions.", v.version(),
                List.of(new Condition("Re-validate", LocalDate.now().minusDays(1)), new Condition(" ", null)), false);
        var onReject = new DecisionRequest("Rejected with conditions?", v.version(),
                List.of(new Condition("Re-validate", LocalDate.now().plusDays(10))), false);

        assertThatThrownBy(() -> asOwner(w -> w.approve(model.id(), "1.0.0", past)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys("conditions[0].due", "conditions[1].text", "conditions[1].due"));
        assertThatThrownBy(() -> asOwner(w -> w.reject(model.id(), "1.0.0", onReject)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsOnlyKeys("conditions"));
    }

    @Test
    void a_stale_lock_version_is_a_conflict() {
        var model = f.lowRisk();
        var v = f.submitted(model, "1.0.0");

        assertThatThrownBy(() -> asOwner(w -> w.approve(model.id(), "1.0.0", DecisionRequest.of("Approving an old copy.",
                v.version() - 1)))).isInstanceOf(ConflictException.class).hasMessageContaining("reload");
    }

    @Test
    void high_risk_versions_cannot_be_submitted_while_evidence_is_missing() {
        var model = f.model(EuRiskCategory.HIGH, InternalRiskTier.HIGH);
        var v = f.draft(model, "1.0.0");

        assertThatThrownBy(() -> asDev(w -> w.submit(model.id(), "1.0.0", DecisionRequest.of("Ready for review.",
                v.version()))))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("Model card complete (No model card for version 1.0.0 yet")
                .hasMessageContaining("Fairness audit fresh");
        var gates = f.as("auditor", () -> workflow.gates(model.id(), "1.0.0"), Role.AUDITOR);
        assertThat(gates).filteredOn(GateEvaluation::failed).extracting(GateEvaluation::gate)
                .containsExactly("Model card complete", "Validation metrics with overfitting gap",
                        "Fairness audit fresh", "Explanation present and reliable", "Monitoring baseline", "Cost estimate");
    }

    @Test
    void high_risk_approval_is_blocked_by_failed_gates_and_cannot_be_overridden() {
        var model = f.model(EuRiskCategory.HIGH, InternalRiskTier.MEDIUM);
        var v = f.seeded(model, "1.0.0", ApprovalStatus.SUBMITTED);

        assertThatThrownBy(() -> asOwner(w -> w.approve(model.id(), "1.0.0", new DecisionRequest(
                "Override, it is urgent.", v.version(), List.of(), true))))
                .isInstanceOf(ConflictException.class).hasMessageContaining("only be overridden on low-risk");
        assertThat(f.current(model, "1.0.0").status()).isEqualTo(ApprovalStatus.SUBMITTED);
    }

    @Test
    void medium_risk_submission_with_missing_lineage_is_blocked() {
        var model = f.model(EuRiskCategory.LIMITED, InternalRiskTier.MEDIUM);
        var v = f.draft(model, "1.0.0", false);

        assertThatThrownBy(() -> asDev(w -> w.submit(model.id(), "1.0.0", DecisionRequest.of("Ready for review.",
                v.version())))).isInstanceOf(ConflictException.class).hasMessageContaining("Lineage recorded");
    }

    @Test
    void an_approver_may_override_failed_gates_of_a_low_risk_model_with_a_rationale() {
        var model = f.lowRisk();
        var draft = f.draft(model, "1.0.0", false);
        var submitted = asDev(w -> w.submit(model.id(), "1.0.0", DecisionRequest.of("Hashes follow next week.",
                draft.version())));
        var lock = submitted.version().version();

        assertThatThrownBy(() -> asOwner(w -> w.approve(model.id(), "1.0.0", DecisionRequest.of("Looks fine to me.",
                lock)))).isInstanceOf(ConflictException.class).hasMessageContaining("you may override");
        var state = f.as("owner", () -> workflow.state(model.id(), "1.0.0"), Role.BUSINESS_OWNER);
        assertThat(state.mayOverride()).isTrue();
        var approved = asOwner(w -> w.approve(model.id(), "1.0.0", new DecisionRequest(
                "Low risk; lineage is recorded in the old system and will be copied.", lock, List.of(), true)));

        assertThat(approved.version().status()).isEqualTo(ApprovalStatus.APPROVED);
        assertThat(approved.decision().gatesOverridden()).isTrue();
        assertThat(approved.decision().gates()).filteredOn(GateEvaluation::failed)
                .extracting(GateEvaluation::gate).containsExactly("Lineage recorded");
    }

    @Test
    void only_approvals_override_gates() {
        var model = f.lowRisk();
        var v = f.draft(model, "1.0.0");

        assertThatThrownBy(() -> asDev(w -> w.submit(model.id(), "1.0.0", new DecisionRequest("Override please.",
                v.version(), List.of(), true))))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsOnlyKeys("overrideGates"));
    }

    @Test
    void a_prohibited_model_is_never_approved() {
        var model = f.model(EuRiskCategory.PROHIBITED, InternalRiskTier.HIGH);
        var v = f.seeded(model, "1.0.0", ApprovalStatus.SUBMITTED);

        assertThatThrownBy(() -> asOwner(w -> w.approve(model.id(), "1.0.0", DecisionRequest.of("Approve regardless.",
                v.version())))).isInstanceOf(ConflictException.class).hasMessageContaining("prohibited");
        var rejected = asOwner(w -> w.reject(model.id(), "1.0.0", DecisionRequest.of("Prohibited practice.",
                v.version())));
        assertThat(rejected.version().status()).isEqualTo(ApprovalStatus.REJECTED);
    }

    @Test
    void the_state_offers_each_user_only_what_they_may_decide() {
        var model = f.lowRisk();
        f.submitted(model, "1.0.0");

        var owner = f.as("owner", () -> workflow.state(model.id(), "1.0.0"), Role.BUSINESS_OWNER);
        var dev = f.as("dev", () -> workflow.state(model.id(), "1.0.0"), Role.MODEL_DEVELOPER);
        var admin = f.as("admin", () -> workflow.state(model.id(), "1.0.0"), Role.ADMIN);

        assertThat(owner.actions()).containsExactlyInAnyOrder(DecisionKind.APPROVE, DecisionKind.REQUEST_CHANGES,
                DecisionKind.REJECT);
        assertThat(dev.actions()).isEmpty();
        assertThat(admin.actions()).isEmpty();
        assertThat(owner.mayOverride()).isFalse();
        assertThatThrownBy(() -> f.as("enduser", () -> workflow.decisions(model.id(), "1.0.0"), Role.END_USER))
                .isInstanceOf(AccessDeniedException.class);
    }
}
