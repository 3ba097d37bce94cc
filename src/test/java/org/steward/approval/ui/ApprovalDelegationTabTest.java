package org.steward.approval.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.steward.approval.ApprovalDelegations;
import org.steward.approval.ApprovalFixtures;
import org.steward.approval.ApprovalWorkflow;
import org.steward.approval.DecisionKind;
import org.steward.approval.DecisionView;
import org.steward.identity.Role;
import org.steward.identity.UserSummary;
import org.steward.register.ApprovalStatus;
import org.steward.register.EuRiskCategory;
import org.steward.register.InternalRiskTier;
import org.steward.register.ModelView;
import org.steward.register.ui.BrowserlessUiTest;

/** The owner delegates their approvals in the approval tab; the delegate approves there. */
class ApprovalDelegationTabTest extends BrowserlessUiTest {

    @Autowired
    ApprovalWorkflow workflow;

    @Autowired
    ApprovalDelegations delegations;

    private ApprovalFixtures fixtures() {
        return new ApprovalFixtures(runAs, register, workflow, null);
    }

    private ModelView submittedModelOfOwner2() {
        var f = fixtures();
        var model = f.model("owner2", EuRiskCategory.MINIMAL, InternalRiskTier.LOW);
        f.submitted(model, "1.0.0");
        return model;
    }

    private String delegationText() {
        return $(Span.class).id("approval-delegation-text").getText();
    }

    @Test
    @WithUserDetails("owner2")
    void the_owner_delegates_and_revokes_in_the_approval_tab() {
        var model = submittedModelOfOwner2();
        openModel(model.id());
        selectTab("Approval");
        assertThat($(Span.class).withId("approval-delegation-text").exists()).isFalse();
        assertThat(exists("approval-revoke-delegation")).isFalse();

        click("approval-delegate");
        var users = this.<UserSummary>comboBox("delegate-user").getListDataView().getItems()
                .map(UserSummary::username).toList();
        assertThat(users).contains("owner").doesNotContain("owner2", "dev", "risk");
        test(comboBox("delegate-user")).selectItem("Olivia Owner (owner)");
        test(textArea("delegate-rationale")).setValue("Away at a conference for two weeks.");
        click("delegate-confirm");

        assertThat(lastNotification()).contains("delegated to owner");
        assertThat(delegationText()).startsWith("Approvals delegated to owner since ")
                .endsWith("(Away at a conference for two weeks.)");
        assertThat(exists("approval-revoke-delegation")).isTrue();

        click("approval-revoke-delegation");
        test(textArea("delegate-rationale")).setValue("Back from the conference.");
        click("delegate-confirm");

        assertThat($(Span.class).withId("approval-delegation-text").exists()).isFalse();
        assertThat(exists("approval-revoke-delegation")).isFalse();
        assertThat(fixtures().as("auditor", () -> delegations.current(model.id()), Role.AUDITOR)).isEmpty();
    }

    @Test
    @WithUserDetails("owner")
    void the_delegate_sees_the_delegation_and_approves() {
        var model = submittedModelOfOwner2();
        fixtures().as("owner2", () -> delegations.delegate(model.id(), "owner", "Away at a conference."),
                Role.BUSINESS_OWNER);
        openModel(model.id());
        selectTab("Approval");

        assertThat(delegationText()).startsWith("Approvals delegated to owner since ");
        assertThat(exists("approval-delegate")).as("only the model's owner delegates").isFalse();
        click("approval-approve");
        test(textArea("approval-rationale")).setValue("Meets the KPI targets on the holdout.");
        click("approval-confirm");

        assertThat(lastNotification()).contains("is now Approved");
        assertThat(rows(this.<DecisionView>grid("approval-decisions")))
                .extracting(DecisionView::kind, DecisionView::actor, DecisionView::actedAs)
                .contains(org.assertj.core.groups.Tuple.tuple(DecisionKind.APPROVE, "owner", Role.BUSINESS_OWNER));
        assertThat(fixtures().current(model, "1.0.0").status()).isEqualTo(ApprovalStatus.APPROVED);
    }
}
