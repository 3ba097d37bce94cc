package org.steward.compliance.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.steward.approval.ApprovalFixtures;
import org.steward.approval.ApprovalWorkflow;
import org.steward.base.ui.Badge;
import org.steward.compliance.check.ComplianceStatus;
import org.steward.compliance.check.RequirementStatus;
import org.steward.identity.Role;
import org.steward.register.EuRiskCategory;
import org.steward.register.InternalRiskTier;
import org.steward.register.ModelView;
import org.steward.register.ui.BrowserlessUiTest;
import org.steward.register.ui.ModelDetailView;

/** The Compliance tab: assessed when shown, statuses per framework, attesting, applicability, who sees what. */
class ComplianceTabTest extends BrowserlessUiTest {

    @Autowired
    ApprovalWorkflow workflow;

    private ModelView highRisk() {
        return new ApprovalFixtures(runAs, register, workflow, null).model(EuRiskCategory.HIGH, InternalRiskTier.HIGH);
    }

    private ModelView highRiskAsDeveloper() {
        return runAs.call("dev", Set.of(Role.MODEL_DEVELOPER), this::highRisk);
    }

    /** Follows a deep link to the model's Compliance tab, as the dashboard's drill-down does. */
    private void openCompliance(ModelView model) {
        UI.getCurrent().navigate("models/" + model.id(), QueryParameters.of("tab", "Compliance"));
        assertThat($(ModelDetailView.class).exists()).isTrue();
    }

    private String badge(String id) {
        return $(Badge.class).id(id).getText();
    }

    @Test
    @WithUserDetails("auditor")
    void an_auditor_sees_each_frameworks_status_once_the_tab_is_shown_and_the_report_links_but_no_actions() {
        var model = highRiskAsDeveloper();
        openModel(model.id());
        assertThat(tabLabels()).contains("Compliance");
        assertThat($(Grid.class).withId("compliance-eu-ai-act-grid").exists()).isFalse();

        selectTab("Compliance");

        assertThat(badge("compliance-eu-ai-act-status")).isEqualTo(ComplianceStatus.PARTLY.label());
        assertThat(badge("compliance-sr-11-7-status")).isEqualTo(ComplianceStatus.NOT_APPLICABLE.label());
        assertThat($(Span.class).id("compliance-eu-ai-act-applicability").getText())
                .isEqualTo("Applies: EU AI Act category High risk.");
        Grid<RequirementStatus> eu = grid("compliance-eu-ai-act-grid");
        assertThat(rows(eu)).extracting(r -> r.requirement().reference()).startsWith("Art. 9", "Art. 10");
        assertThat($(Grid.class).withId("compliance-sr-11-7-grid").exists()).isFalse();
        assertThat($(Paragraph.class).id("compliance-summary").getText()).startsWith("The model has no version yet.")
                .contains("ledger: Intact");
        assertThat($(Anchor.class).id("compliance-report-pdf").getHref()).isNotBlank();
        assertThat($(Anchor.class).withId("compliance-report-csv").exists()).isTrue();
        assertThat(exists("compliance-eu-ai-act-applicability-change")).isFalse();
        assertThat(test(eu).getCellComponent(7, "actions")).isInstanceOf(Span.class);
    }

    @Test
    @WithUserDetails("risk")
    void a_risk_officer_attests_a_requirement_from_its_details_and_it_shows_as_met() {
        var model = highRiskAsDeveloper();
        openCompliance(model);
        Grid<RequirementStatus> eu = grid("compliance-eu-ai-act-grid");
        assertThat(rows(eu).get(7).status()).isEqualTo(ComplianceStatus.NOT_MET);

        var attest = (Button) test(eu).getCellComponent(7, "actions");
        assertThat(attest.getId()).hasValue("compliance-eu-ai-act-art-15-cybersecurity-attest");
        test(attest).click();
        var dialog = $(AttestDialog.class).single();
        test(dialog.statement).setValue("Penetration test of the service in March found no critical issue.");
        dialog.received("pentest.pdf", "application/pdf", "%PDF-1.4".getBytes(StandardCharsets.UTF_8));
        test(dialog.attest).click();

        Grid<RequirementStatus> after = grid("compliance-eu-ai-act-grid");
        var cyber = rows(after).get(7);
        assertThat(cyber.status()).isEqualTo(ComplianceStatus.MET);
        assertThat(cyber.attestation().attestedBy()).isEqualTo("risk");
        assertThat(rows(grid("compliance-attestations"))).hasSize(1);
        assertThat(exists("compliance-eu-ai-act-applicability-change")).isTrue();
    }

    @Test
    @WithUserDetails("risk")
    void a_risk_officer_brings_a_framework_under_scope_with_a_rationale() {
        var model = highRiskAsDeveloper();
        openCompliance(model);
        assertThat(badge("compliance-sr-11-7-status")).isEqualTo(ComplianceStatus.NOT_APPLICABLE.label());

        click("compliance-sr-11-7-applicability-change");
        var dialog = $(ApplicabilityDialog.class).single();
        test(dialog.choice).selectItem(ApplicabilityDialog.APPLIES);
        test(dialog.rationale).setValue("Used in the bank's credit decisions, so model risk management applies.");
        test(dialog.save).click();

        assertThat(badge("compliance-sr-11-7-status")).isNotEqualTo(ComplianceStatus.NOT_APPLICABLE.label());
        assertThat($(Span.class).id("compliance-sr-11-7-applicability").getText())
                .startsWith("Applies by decision of risk on ");
    }

    @Test
    @WithUserDetails("dev")
    void developers_and_end_users_do_not_see_the_tab() {
        var model = highRisk();
        openModel(model.id());

        assertThat(tabLabels()).contains("Approval").doesNotContain("Compliance");
    }
}
