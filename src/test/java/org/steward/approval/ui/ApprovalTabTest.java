package org.steward.approval.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.steward.approval.ApprovalFixtures;
import org.steward.approval.ApprovalWorkflow;
import org.steward.approval.DecisionKind;
import org.steward.approval.DecisionView;
import org.steward.approval.GateEvaluation;
import org.steward.approval.GateOutcome;
import org.steward.identity.Role;
import org.steward.register.ApprovalStatus;
import org.steward.register.ModelView;
import org.steward.register.VersionView;
import org.steward.register.ui.BrowserlessUiTest;

/** The approval tab: gates, decisions and the owner approving with a rationale. */
class ApprovalTabTest extends BrowserlessUiTest {

    @Autowired
    ApprovalWorkflow workflow;

    private ApprovalFixtures fixtures() {
        return new ApprovalFixtures(runAs, register, workflow, null);
    }

    private ModelView submittedModel() {
        var f = fixtures();
        var model = f.lowRisk();
        f.submitted(model, "1.0.0");
        return model;
    }

    @Test
    @WithUserDetails("owner")
    void owner_approves_a_submitted_version_with_a_rationale() {
        var model = submittedModel();
        openModel(model.id());
        selectTab("Approval");

        ComboBox<VersionView> version = $(ComboBox.class).id("approval-version");
        assertThat(version.getValue().label()).isEqualTo("1.0.0");
        Grid<GateEvaluation> gates = grid("approval-gates");
        assertThat(rows(gates)).extracting(GateEvaluation::gate, GateEvaluation::outcome)
                .contains(org.assertj.core.groups.Tuple.tuple("Lineage recorded", GateOutcome.PASS),
                        org.assertj.core.groups.Tuple.tuple("Model card complete", GateOutcome.NOT_APPLICABLE));
        assertThat(exists("approval-submit")).isFalse();
        assertThat(exists("approval-reject")).isTrue();

        click("approval-approve");
        test(textArea("approval-rationale")).setValue("Meets the KPI targets on the holdout.");
        click("approval-confirm");

        assertThat(lastNotification()).contains("is now Approved");
        Grid<DecisionView> decisions = grid("approval-decisions");
        assertThat(rows(decisions)).extracting(DecisionView::kind, DecisionView::actor)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(DecisionKind.SUBMIT, "dev"),
                        org.assertj.core.groups.Tuple.tuple(DecisionKind.APPROVE, "owner"));
        assertThat(fixtures().current(model, "1.0.0").status()).isEqualTo(ApprovalStatus.APPROVED);
        assertThat(exists("approval-approve")).isFalse();
    }

    @Test
    @WithUserDetails("owner")
    void a_short_rationale_is_refused_and_nothing_changes() {
        var model = submittedModel();
        openModel(model.id());
        selectTab("Approval");

        click("approval-approve");
        test(textArea("approval-rationale")).setValue("ok");
        click("approval-confirm");

        assertThat(textArea("approval-rationale").isInvalid()).isTrue();
        assertThat(fixtures().current(model, "1.0.0").status()).isEqualTo(ApprovalStatus.SUBMITTED);
    }

    @Test
    @WithUserDetails("admin")
    void an_administrator_sees_the_workflow_but_no_decision_buttons() {
        var model = submittedModel();
        openModel(model.id());
        selectTab("Approval");

        assertThat(exists("approval-approve")).isFalse();
        assertThat(exists("approval-reject")).isFalse();
        assertThat(rows(grid("approval-decisions"))).hasSize(1);
    }

    @Test
    @WithUserDetails("enduser")
    void end_users_do_not_see_the_tab() {
        openModel(idOf("Employee attrition risk"));

        assertThat(tabLabels()).doesNotContain("Approval");
    }

    @Test
    @WithUserDetails("dev")
    void the_developer_submits_a_draft() {
        var f = fixtures();
        var model = f.lowRisk();
        f.draft(model, "2.0.0");
        openModel(model.id());
        selectTab("Approval");

        click("approval-submit");
        test(textArea("approval-rationale")).setValue("Ready for the owner's review.");
        click("approval-confirm");

        assertThat(f.current(model, "2.0.0").status()).isEqualTo(ApprovalStatus.SUBMITTED);
        assertThat(f.as("dev", () -> workflow.decisions(model.id(), "2.0.0"), Role.MODEL_DEVELOPER))
                .extracting(DecisionView::rationale).containsExactly("Ready for the owner's review.");
    }
}
