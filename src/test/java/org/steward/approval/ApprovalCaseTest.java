package org.steward.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.steward.identity.Role.ADMIN;
import static org.steward.identity.Role.AUDITOR;
import static org.steward.identity.Role.BUSINESS_OWNER;
import static org.steward.identity.Role.END_USER;
import static org.steward.identity.Role.MODEL_DEVELOPER;
import static org.steward.identity.Role.RISK_OFFICER;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.steward.base.ConflictException;
import org.steward.base.PermissionDeniedException;
import org.steward.identity.Role;
import org.steward.register.ApprovalStatus;

/** Segregation of duties, the two-approver rule and prohibited models, with the evidence gates out of the way. */
class ApprovalCaseTest {

    private static final String OWNER = "olivia";

    private final List<DecisionView> history = new ArrayList<>();

    private ApprovalCase kase(RiskLevel risk, ApprovalStatus status) {
        return new ApprovalCase("1.0.0", OWNER, risk, false, "dev", status, history);
    }

    private void decided(DecisionKind kind, String actor, Role as) {
        history.add(new DecisionView(history.size() + 1, 1, 1, "1.0.0", kind, actor, as, "Because I said so.",
                List.of(), ApprovalStatus.SUBMITTED, ApprovalStatus.SUBMITTED, false, List.of(), Instant.EPOCH));
    }

    private static Set<Role> roles(Role... roles) {
        return EnumSet.copyOf(List.of(roles));
    }

    // ---- submit -------------------------------------------------------------------------------------------

    @Test
    void developers_submit_drafts_and_resubmit_after_changes() {
        assertThat(kase(RiskLevel.LOW, ApprovalStatus.DRAFT).authorise(DecisionKind.SUBMIT, "dev2", roles(MODEL_DEVELOPER)))
                .isEqualTo(MODEL_DEVELOPER);
        assertThat(kase(RiskLevel.HIGH, ApprovalStatus.CHANGES_REQUESTED)
                .authorise(DecisionKind.SUBMIT, "dev", roles(MODEL_DEVELOPER))).isEqualTo(MODEL_DEVELOPER);
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = "MODEL_DEVELOPER", mode = EnumSource.Mode.EXCLUDE)
    void nobody_else_submits(Role role) {
        assertThatThrownBy(() -> kase(RiskLevel.LOW, ApprovalStatus.DRAFT).authorise(DecisionKind.SUBMIT, OWNER,
                roles(role))).isInstanceOf(PermissionDeniedException.class);
    }

    @Test
    void a_submitted_version_cannot_be_submitted_again() {
        assertThatThrownBy(() -> kase(RiskLevel.LOW, ApprovalStatus.SUBMITTED).authorise(DecisionKind.SUBMIT, "dev",
                roles(MODEL_DEVELOPER))).isInstanceOf(ConflictException.class);
    }

    // ---- who reviews --------------------------------------------------------------------------------------

    @Test
    void the_models_own_business_owner_approves_a_low_risk_version_alone() {
        var kase = kase(RiskLevel.LOW, ApprovalStatus.SUBMITTED);

        var as = kase.authorise(DecisionKind.APPROVE, OWNER, roles(BUSINESS_OWNER));

        assertThat(as).isEqualTo(BUSINESS_OWNER);
        assertThat(kase.outcome(DecisionKind.APPROVE, as)).isEqualTo(ApprovalStatus.APPROVED);
    }

    @Test
    void another_business_owner_cannot_approve() {
        assertThatThrownBy(() -> kase(RiskLevel.LOW, ApprovalStatus.SUBMITTED).authorise(DecisionKind.APPROVE,
                "owner2", roles(BUSINESS_OWNER)))
                .isInstanceOf(PermissionDeniedException.class).hasMessageContaining("business owner (olivia)");
    }

    @Test
    void a_risk_officer_does_not_review_low_or_medium_risk_versions() {
        for (var risk : List.of(RiskLevel.LOW, RiskLevel.MEDIUM)) {
            for (var kind : List.of(DecisionKind.APPROVE, DecisionKind.REJECT, DecisionKind.REQUEST_CHANGES)) {
                assertThatThrownBy(() -> kase(risk, ApprovalStatus.SUBMITTED).authorise(kind, "risk",
                        roles(RISK_OFFICER))).isInstanceOf(PermissionDeniedException.class);
            }
        }
    }

    @Test
    void an_administrator_cannot_bypass_any_review_rule() {
        for (var risk : RiskLevel.values()) {
            for (var kind : List.of(DecisionKind.APPROVE, DecisionKind.REJECT, DecisionKind.REQUEST_CHANGES)) {
                assertThatThrownBy(() -> kase(risk, ApprovalStatus.SUBMITTED).authorise(kind, "admin", roles(ADMIN)))
                        .isInstanceOf(PermissionDeniedException.class);
            }
        }
        assertThatThrownBy(() -> kase(RiskLevel.LOW, ApprovalStatus.DRAFT).authorise(DecisionKind.SUBMIT, "admin",
                roles(ADMIN))).isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> kase(RiskLevel.LOW, ApprovalStatus.APPROVED).authorise(DecisionKind.DEPLOY, "admin",
                roles(ADMIN))).isInstanceOf(PermissionDeniedException.class);
        // an administrator who is also some other business owner is still not this model's owner
        assertThatThrownBy(() -> kase(RiskLevel.LOW, ApprovalStatus.SUBMITTED).authorise(DecisionKind.APPROVE,
                "admin", roles(ADMIN, BUSINESS_OWNER))).isInstanceOf(PermissionDeniedException.class);
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"MODEL_DEVELOPER", "AUDITOR", "END_USER", "ADMIN"})
    void other_roles_never_review(Role role) {
        for (var kind : List.of(DecisionKind.APPROVE, DecisionKind.REJECT, DecisionKind.REQUEST_CHANGES)) {
            assertThatThrownBy(() -> kase(RiskLevel.HIGH, ApprovalStatus.SUBMITTED).authorise(kind, OWNER,
                    roles(role))).isInstanceOf(PermissionDeniedException.class);
        }
    }

    @Test
    void whoever_registered_the_version_cannot_review_it_even_as_its_owner() {
        var kase = new ApprovalCase("1.0.0", OWNER, RiskLevel.LOW, false, OWNER, ApprovalStatus.SUBMITTED, history);

        for (var kind : List.of(DecisionKind.APPROVE, DecisionKind.REJECT, DecisionKind.REQUEST_CHANGES)) {
            assertThatThrownBy(() -> kase.authorise(kind, OWNER, roles(BUSINESS_OWNER, MODEL_DEVELOPER)))
                    .isInstanceOf(PermissionDeniedException.class).hasMessageContaining("You registered");
        }
    }

    @Test
    void whoever_submitted_the_version_cannot_review_it_even_as_risk_officer() {
        decided(DecisionKind.SUBMIT, "rita", MODEL_DEVELOPER);
        var kase = kase(RiskLevel.HIGH, ApprovalStatus.SUBMITTED);

        assertThatThrownBy(() -> kase.authorise(DecisionKind.APPROVE, "rita", roles(RISK_OFFICER, MODEL_DEVELOPER)))
                .isInstanceOf(PermissionDeniedException.class).hasMessageContaining("You submitted");
    }

    @Test
    void the_same_approvers_request_changes_and_reject() {
        var kase = kase(RiskLevel.HIGH, ApprovalStatus.SUBMITTED);

        assertThat(kase.authorise(DecisionKind.REJECT, OWNER, roles(BUSINESS_OWNER))).isEqualTo(BUSINESS_OWNER);
        assertThat(kase.authorise(DecisionKind.REQUEST_CHANGES, "risk", roles(RISK_OFFICER))).isEqualTo(RISK_OFFICER);
        assertThat(kase.outcome(DecisionKind.REJECT, BUSINESS_OWNER)).isEqualTo(ApprovalStatus.REJECTED);
        assertThat(kase.outcome(DecisionKind.REQUEST_CHANGES, RISK_OFFICER))
                .isEqualTo(ApprovalStatus.CHANGES_REQUESTED);
    }

    // ---- two approvers for high risk ----------------------------------------------------------------------

    @Test
    void a_high_risk_version_needs_its_owner_and_a_risk_officer() {
        var first = kase(RiskLevel.HIGH, ApprovalStatus.SUBMITTED);
        var ownerAs = first.authorise(DecisionKind.APPROVE, OWNER, roles(BUSINESS_OWNER));
        assertThat(first.outcome(DecisionKind.APPROVE, ownerAs)).isEqualTo(ApprovalStatus.SUBMITTED);
        decided(DecisionKind.APPROVE, OWNER, ownerAs);

        var second = kase(RiskLevel.HIGH, ApprovalStatus.SUBMITTED);
        var riskAs = second.authorise(DecisionKind.APPROVE, "risk", roles(RISK_OFFICER));

        assertThat(riskAs).isEqualTo(RISK_OFFICER);
        assertThat(second.outcome(DecisionKind.APPROVE, riskAs)).isEqualTo(ApprovalStatus.APPROVED);
    }

    @Test
    void the_risk_officer_may_approve_first() {
        decided(DecisionKind.APPROVE, "risk", RISK_OFFICER);
        var kase = kase(RiskLevel.HIGH, ApprovalStatus.SUBMITTED);

        assertThat(kase.outcome(DecisionKind.APPROVE, kase.authorise(DecisionKind.APPROVE, OWNER,
                roles(BUSINESS_OWNER)))).isEqualTo(ApprovalStatus.APPROVED);
    }

    @Test
    void one_person_holding_both_roles_cannot_give_both_approvals() {
        decided(DecisionKind.APPROVE, OWNER, BUSINESS_OWNER);
        var kase = kase(RiskLevel.HIGH, ApprovalStatus.SUBMITTED);

        assertThatThrownBy(() -> kase.authorise(DecisionKind.APPROVE, OWNER, roles(BUSINESS_OWNER, RISK_OFFICER)))
                .isInstanceOf(ConflictException.class).hasMessageContaining("second, different person");
    }

    @Test
    void two_risk_officers_do_not_replace_the_owner() {
        decided(DecisionKind.APPROVE, "risk", RISK_OFFICER);
        var kase = kase(RiskLevel.HIGH, ApprovalStatus.SUBMITTED);

        assertThatThrownBy(() -> kase.authorise(DecisionKind.APPROVE, "risk2", roles(RISK_OFFICER)))
                .isInstanceOf(ConflictException.class).hasMessageContaining("its business owner must approve");
    }

    @Test
    void approvals_before_a_resubmission_do_not_count() {
        decided(DecisionKind.SUBMIT, "dev", MODEL_DEVELOPER);
        decided(DecisionKind.APPROVE, "risk", RISK_OFFICER);
        decided(DecisionKind.REQUEST_CHANGES, OWNER, BUSINESS_OWNER);
        decided(DecisionKind.SUBMIT, "dev", MODEL_DEVELOPER);
        var kase = kase(RiskLevel.HIGH, ApprovalStatus.SUBMITTED);

        assertThat(kase.approvalsThisRound()).isEmpty();
        assertThat(kase.outcome(DecisionKind.APPROVE, kase.authorise(DecisionKind.APPROVE, OWNER,
                roles(BUSINESS_OWNER)))).isEqualTo(ApprovalStatus.SUBMITTED);
    }

    // ---- prohibited models --------------------------------------------------------------------------------

    @Test
    void a_prohibited_model_is_never_approvable_by_anyone() {
        var kase = new ApprovalCase("1.0.0", OWNER, RiskLevel.HIGH, true, "dev", ApprovalStatus.SUBMITTED, history);

        for (var roles : List.of(roles(BUSINESS_OWNER), roles(RISK_OFFICER), roles(ADMIN),
                roles(ADMIN, BUSINESS_OWNER, RISK_OFFICER))) {
            assertThatThrownBy(() -> kase.authorise(DecisionKind.APPROVE, OWNER, roles))
                    .isInstanceOf(ConflictException.class).hasMessageContaining("prohibited");
        }
        assertThat(kase.authorise(DecisionKind.REJECT, OWNER, roles(BUSINESS_OWNER))).isEqualTo(BUSINESS_OWNER);
    }

    // ---- operating approved versions ----------------------------------------------------------------------

    @Test
    void developers_and_the_owner_deploy_suspend_and_retire() {
        assertThat(kase(RiskLevel.HIGH, ApprovalStatus.APPROVED).authorise(DecisionKind.DEPLOY, "dev2",
                roles(MODEL_DEVELOPER))).isEqualTo(MODEL_DEVELOPER);
        assertThat(kase(RiskLevel.HIGH, ApprovalStatus.DEPLOYED).authorise(DecisionKind.SUSPEND, OWNER,
                roles(BUSINESS_OWNER))).isEqualTo(BUSINESS_OWNER);
        assertThat(kase(RiskLevel.HIGH, ApprovalStatus.SUSPENDED).authorise(DecisionKind.RETIRE, "dev",
                roles(MODEL_DEVELOPER))).isEqualTo(MODEL_DEVELOPER);
    }

    @Test
    void risk_officers_auditors_end_users_and_other_owners_do_not_operate_versions() {
        var kase = kase(RiskLevel.LOW, ApprovalStatus.APPROVED);
        for (var roles : List.of(roles(RISK_OFFICER), roles(AUDITOR), roles(END_USER), roles(ADMIN))) {
            assertThatThrownBy(() -> kase.authorise(DecisionKind.DEPLOY, "someone", roles))
                    .isInstanceOf(PermissionDeniedException.class);
        }
        assertThatThrownBy(() -> kase.authorise(DecisionKind.DEPLOY, "owner2", roles(BUSINESS_OWNER)))
                .isInstanceOf(PermissionDeniedException.class);
    }

    @Test
    void the_transition_table_comes_first() {
        assertThatThrownBy(() -> kase(RiskLevel.LOW, ApprovalStatus.REJECTED).authorise(DecisionKind.DEPLOY, "dev",
                roles(MODEL_DEVELOPER)))
                .isInstanceOf(ConflictException.class)
                .hasMessage("A Rejected version cannot be deployed; register a new version.");
        assertThatThrownBy(() -> kase(RiskLevel.LOW, ApprovalStatus.DRAFT).authorise(DecisionKind.APPROVE, OWNER,
                roles(BUSINESS_OWNER))).isInstanceOf(ConflictException.class);
        assertThat(kase(RiskLevel.LOW, ApprovalStatus.DEPLOYED).allows(DecisionKind.DEPLOY, "dev",
                roles(MODEL_DEVELOPER))).isFalse();
    }

    // ---- delegation of the owner's approvals -------------------------------------------------------------

    private ApprovalCase delegated(RiskLevel risk, String registeredBy) {
        return new ApprovalCase("1.0.0", OWNER, risk, false, registeredBy, ApprovalStatus.SUBMITTED, history,
                "delia");
    }

    @Test
    void the_delegate_reviews_as_the_business_owner() {
        var kase = delegated(RiskLevel.LOW, "dev");

        for (var kind : List.of(DecisionKind.APPROVE, DecisionKind.REQUEST_CHANGES, DecisionKind.REJECT)) {
            assertThat(kase.authorise(kind, "delia", roles(BUSINESS_OWNER))).isEqualTo(BUSINESS_OWNER);
        }
        assertThat(kase.onBehalfOf("delia", BUSINESS_OWNER)).isEqualTo(OWNER);
        assertThat(kase.onBehalfOf(OWNER, BUSINESS_OWNER)).isNull();
        assertThat(kase.authorise(DecisionKind.APPROVE, OWNER, roles(BUSINESS_OWNER))).as("the owner still may")
                .isEqualTo(BUSINESS_OWNER);
        assertThatThrownBy(() -> kase.authorise(DecisionKind.APPROVE, "delia", roles(RISK_OFFICER)))
                .as("only while a business owner").isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> kase(RiskLevel.LOW, ApprovalStatus.SUBMITTED).authorise(DecisionKind.APPROVE,
                "delia", roles(BUSINESS_OWNER))).as("not without the delegation")
                .isInstanceOf(PermissionDeniedException.class);
    }

    @Test
    void the_delegate_takes_no_deployment_decisions() {
        var kase = new ApprovalCase("1.0.0", OWNER, RiskLevel.LOW, false, "dev", ApprovalStatus.APPROVED, history,
                "delia");

        assertThatThrownBy(() -> kase.authorise(DecisionKind.DEPLOY, "delia", roles(BUSINESS_OWNER)))
                .isInstanceOf(PermissionDeniedException.class);
    }

    @Test
    void the_delegate_never_approves_a_version_they_registered_or_submitted() {
        assertThatThrownBy(() -> delegated(RiskLevel.LOW, "delia").authorise(DecisionKind.APPROVE, "delia",
                roles(BUSINESS_OWNER))).isInstanceOf(PermissionDeniedException.class).hasMessageContaining("registered");

        decided(DecisionKind.SUBMIT, "delia", MODEL_DEVELOPER);
        assertThatThrownBy(() -> delegated(RiskLevel.LOW, "dev").authorise(DecisionKind.APPROVE, "delia",
                roles(BUSINESS_OWNER, MODEL_DEVELOPER))).isInstanceOf(PermissionDeniedException.class)
                .hasMessageContaining("submitted");
    }

    @Test
    void on_high_risk_the_delegate_is_the_business_approval_and_a_risk_officer_is_still_needed() {
        decided(DecisionKind.SUBMIT, "dev", MODEL_DEVELOPER);
        var first = delegated(RiskLevel.HIGH, "dev");
        var as = first.authorise(DecisionKind.APPROVE, "delia", roles(BUSINESS_OWNER));
        assertThat(as).isEqualTo(BUSINESS_OWNER);
        assertThat(first.outcome(DecisionKind.APPROVE, as)).isEqualTo(ApprovalStatus.SUBMITTED);
        decided(DecisionKind.APPROVE, "delia", BUSINESS_OWNER);

        var second = delegated(RiskLevel.HIGH, "dev");
        assertThatThrownBy(() -> second.authorise(DecisionKind.APPROVE, OWNER, roles(BUSINESS_OWNER)))
                .as("the business approval is given").isInstanceOf(ConflictException.class)
                .hasMessageContaining("a risk officer must approve");
        assertThatThrownBy(() -> second.authorise(DecisionKind.APPROVE, "admin", roles(ADMIN)))
                .isInstanceOf(PermissionDeniedException.class);
        var riskAs = second.authorise(DecisionKind.APPROVE, "risk", roles(RISK_OFFICER));
        assertThat(second.outcome(DecisionKind.APPROVE, riskAs)).isEqualTo(ApprovalStatus.APPROVED);
    }
}
