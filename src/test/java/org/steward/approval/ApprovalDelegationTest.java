package org.steward.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
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
import org.steward.register.ModelView;
import org.steward.register.RegisterSeeding;

/** A business owner delegates their approvals on a model to another business owner, and revokes it. */
@SpringBootTest
class ApprovalDelegationTest {

    private static final String REASON = "On parental leave until the end of the quarter.";

    @Autowired
    ApprovalDelegations delegations;

    @Autowired
    ApprovalWorkflow workflow;

    @Autowired
    ApprovalWorklist worklist;

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

    ApprovalFixtures f;

    @BeforeEach
    void setUp() {
        f = new ApprovalFixtures(runAs, register, workflow, seeding);
    }

    private ModelView owner2Model() {
        return f.model("owner2", EuRiskCategory.MINIMAL, InternalRiskTier.LOW);
    }

    private DelegationView delegate(ModelView model, String to) {
        return f.as("owner2", () -> delegations.delegate(model.id(), to, REASON), Role.BUSINESS_OWNER);
    }

    private DecisionOutcome approveAs(String user, ModelView model, String label, Role... roles) {
        var lock = f.current(model, label).version();
        return f.as(user, () -> workflow.approve(model.id(), label,
                DecisionRequest.of("Reviewed the evidence on the owner's behalf.", lock)), roles);
    }

    private List<Long> awaiting(String user, Role... roles) {
        return f.as(user, () -> {
            var items = worklist.awaitingMyReview(Pageable.unpaged());
            assertThat(worklist.countAwaitingMyReview()).isEqualTo(items.size());
            return items.stream().map(ReviewItem::modelId).toList();
        }, roles);
    }

    @Test
    void the_delegate_approves_for_the_owner_until_the_delegation_is_revoked() {
        var model = owner2Model();
        f.submitted(model, "1.0.0");
        assertThatThrownBy(() -> approveAs("owner", model, "1.0.0", Role.BUSINESS_OWNER))
                .as("not delegated yet").isInstanceOf(PermissionDeniedException.class);
        assertThat(awaiting("owner", Role.BUSINESS_OWNER)).doesNotContain(model.id());

        var view = delegate(model, "owner");

        assertThat(view.delegate()).isEqualTo("owner");
        assertThat(view.grantedBy()).isEqualTo("owner2");
        assertThat(f.as("auditor", () -> delegations.current(model.id()), Role.AUDITOR)).contains(view);
        assertThat(awaiting("owner", Role.BUSINESS_OWNER)).contains(model.id());
        assertThat(awaiting("owner2", Role.BUSINESS_OWNER)).contains(model.id());

        var approved = approveAs("owner", model, "1.0.0", Role.BUSINESS_OWNER);

        assertThat(approved.version().status()).isEqualTo(ApprovalStatus.APPROVED);
        assertThat(approved.decision().actor()).isEqualTo("owner");
        assertThat(approved.decision().actedAs()).isEqualTo(Role.BUSINESS_OWNER);
        assertThat(changes(model)).anyMatch(c -> c.kind().equals("DECISION_APPROVE")
                && c.summary().contains("as delegate of owner2"));
        assertThat(awaiting("owner", Role.BUSINESS_OWNER)).doesNotContain(model.id());

        f.submitted(model, "2.0.0");
        f.as("owner2", () -> {
            delegations.revoke(model.id(), "Back from leave, reviewing myself.");
            return null;
        }, Role.BUSINESS_OWNER);

        assertThat(f.as("auditor", () -> delegations.current(model.id()), Role.AUDITOR)).isEmpty();
        assertThat(awaiting("owner", Role.BUSINESS_OWNER)).doesNotContain(model.id());
        assertThatThrownBy(() -> approveAs("owner", model, "2.0.0", Role.BUSINESS_OWNER))
                .isInstanceOf(PermissionDeniedException.class);
        assertThat(approveAs("owner2", model, "2.0.0", Role.BUSINESS_OWNER).version().status())
                .isEqualTo(ApprovalStatus.APPROVED);
    }

    @Test
    void the_delegate_also_requests_changes_and_rejects_but_not_deploys() {
        var model = owner2Model();
        f.submitted(model, "1.0.0");
        delegate(model, "owner");

        var lock = f.current(model, "1.0.0").version();
        var changes = f.as("owner", () -> workflow.requestChanges(model.id(), "1.0.0",
                DecisionRequest.of("The KPIs need a holdout set.", lock)), Role.BUSINESS_OWNER);
        assertThat(changes.version().status()).isEqualTo(ApprovalStatus.CHANGES_REQUESTED);

        f.submitted(model, "2.0.0");
        var approved = approveAs("owner", model, "2.0.0", Role.BUSINESS_OWNER);
        assertThatThrownBy(() -> f.as("owner", () -> workflow.deploy(model.id(), "2.0.0",
                DecisionRequest.of("Ship it to production now.", approved.version().version())), Role.BUSINESS_OWNER))
                .isInstanceOf(PermissionDeniedException.class);
    }

    @Test
    void only_the_models_owner_delegates_or_revokes() {
        var model = owner2Model();

        assertThatThrownBy(() -> f.as("owner", () -> delegations.delegate(model.id(), "owner", REASON),
                Role.BUSINESS_OWNER)).isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> f.as("dev", () -> delegations.delegate(model.id(), "owner", REASON),
                Role.MODEL_DEVELOPER)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> f.as("admin", () -> delegations.delegate(model.id(), "owner", REASON),
                Role.ADMIN)).isInstanceOf(AccessDeniedException.class);
        assertThat(f.as("auditor", () -> delegations.current(model.id()), Role.AUDITOR)).isEmpty();

        delegate(model, "owner");
        assertThatThrownBy(() -> f.as("owner", () -> {
            delegations.revoke(model.id(), "I do not want this any more.");
            return null;
        }, Role.BUSINESS_OWNER)).as("not even the delegate").isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> f.as("enduser", () -> delegations.current(model.id()), Role.END_USER))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(f.as("owner", () -> delegations.mayDelegate(model.id()), Role.BUSINESS_OWNER)).isFalse();
        assertThat(f.as("owner2", () -> delegations.mayDelegate(model.id()), Role.BUSINESS_OWNER)).isTrue();
    }

    @Test
    void the_delegate_must_be_another_active_business_owner_and_a_rationale_is_required() {
        var model = owner2Model();

        assertThatThrownBy(() -> delegate(model, "owner2")).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).fieldErrors()).containsKey("delegate"));
        assertThatThrownBy(() -> delegate(model, "risk")).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).fieldErrors()).containsKey("delegate"));
        assertThatThrownBy(() -> delegate(model, "nobody-" + java.util.UUID.randomUUID()))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).fieldErrors()).containsKey("delegate"));
        assertThatThrownBy(() -> f.as("owner2", () -> delegations.delegate(model.id(), "owner", "short"),
                Role.BUSINESS_OWNER)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).fieldErrors()).containsKey("rationale"));
        assertThatThrownBy(() -> f.as("owner2", () -> {
            delegations.revoke(model.id(), "Nothing to revoke here.");
            return null;
        }, Role.BUSINESS_OWNER)).isInstanceOf(ConflictException.class);
        assertThat(f.as("owner2", () -> delegations.candidates(model.id()), Role.BUSINESS_OWNER))
                .extracting(u -> u.username()).contains("owner").doesNotContain("owner2", "risk");
        assertThat(f.as("auditor", () -> delegations.current(model.id()), Role.AUDITOR)).isEmpty();
    }

    @Test
    void a_new_delegation_replaces_the_active_one() {
        var model = owner2Model();
        var other = TestUsers.create(provisioning, "deleg-owner", Role.BUSINESS_OWNER);
        delegate(model, "owner");
        delegate(model, other);
        f.submitted(model, "1.0.0");

        assertThat(f.as("auditor", () -> delegations.current(model.id()), Role.AUDITOR))
                .hasValueSatisfying(d -> assertThat(d.delegate()).isEqualTo(other));
        assertThatThrownBy(() -> approveAs("owner", model, "1.0.0", Role.BUSINESS_OWNER))
                .isInstanceOf(PermissionDeniedException.class);
        assertThat(approveAs(other, model, "1.0.0", Role.BUSINESS_OWNER).version().status())
                .isEqualTo(ApprovalStatus.APPROVED);
    }

    @Test
    void a_delegate_who_submitted_the_version_still_cannot_approve_it() {
        var model = owner2Model();
        var both = TestUsers.create(provisioning, "deleg-dev-owner", Role.BUSINESS_OWNER, Role.MODEL_DEVELOPER);
        delegate(model, both);
        var draft = f.draft(model, "1.0.0");
        f.as(both, () -> workflow.submit(model.id(), "1.0.0", DecisionRequest.of("Ready for review, please.",
                draft.version())), Role.BUSINESS_OWNER, Role.MODEL_DEVELOPER);

        assertThat(awaiting(both, Role.BUSINESS_OWNER, Role.MODEL_DEVELOPER)).doesNotContain(model.id());
        assertThatThrownBy(() -> approveAs(both, model, "1.0.0", Role.BUSINESS_OWNER, Role.MODEL_DEVELOPER))
                .isInstanceOf(PermissionDeniedException.class).hasMessageContaining("segregation of duties");
        assertThat(approveAs("owner2", model, "1.0.0", Role.BUSINESS_OWNER).version().status())
                .isEqualTo(ApprovalStatus.APPROVED);
    }

    @Test
    void delegations_appear_in_the_models_change_log() {
        var model = owner2Model();
        delegate(model, "owner");
        f.as("owner2", () -> {
            delegations.revoke(model.id(), "Back from leave, reviewing myself.");
            return null;
        }, Role.BUSINESS_OWNER);

        assertThat(changes(model)).extracting(ChangeRecord::kind)
                .contains("APPROVAL_DELEGATED", "APPROVAL_DELEGATION_REVOKED");
        assertThat(changes(model)).filteredOn(c -> c.kind().startsWith("APPROVAL_DELEG"))
                .allSatisfy(c -> {
                    assertThat(c.actor()).isEqualTo("owner2");
                    assertThat(c.subject()).isEqualTo("model:" + model.id());
                    assertThat(c.summary()).contains("owner");
                });
    }

    private List<ChangeRecord> changes(ModelView model) {
        return f.as("auditor", () -> history.ofModel(model.id(), PageRequest.of(0, 50)), Role.AUDITOR);
    }
}
