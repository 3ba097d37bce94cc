package org.steward.evidence.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.steward.approval.ApprovalFixtures;
import org.steward.approval.ApprovalWorkflow;
import org.steward.evidence.ModelState.VersionState;
import org.steward.register.ApprovalStatus;
import org.steward.register.ModelView;
import org.steward.register.ui.BrowserlessUiTest;

/** The Evidence tab: download links, the state on a chosen day, and who sees the tab. */
class EvidenceTabTest extends BrowserlessUiTest {

    @Autowired
    ApprovalWorkflow workflow;

    @Autowired
    Clock clock;

    private ModelView submittedModel() {
        var f = new ApprovalFixtures(runAs, register, workflow, null);
        var model = f.lowRisk();
        f.submitted(model, "1.0.0");
        return model;
    }

    @Test
    @WithUserDetails("auditor")
    void an_auditor_gets_both_downloads_and_the_state_on_a_chosen_day() {
        var model = submittedModel();
        openModel(model.id());
        selectTab("Evidence");

        var pdf = $(Anchor.class).id("evidence-pdf");
        var json = $(Anchor.class).id("evidence-json");
        assertThat(pdf.getText()).isEqualTo("Evidence pack (PDF)");
        assertThat(json.getText()).isEqualTo("Evidence pack (JSON)");
        assertThat(pdf.getHref()).isNotBlank();
        assertThat(json.getHref()).isNotBlank().isNotEqualTo(pdf.getHref());

        DatePicker asOf = $(DatePicker.class).id("evidence-as-of");
        var today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        assertThat(asOf.getValue()).isEqualTo(today);
        Grid<VersionState> state = grid("evidence-state");
        assertThat(rows(state)).extracting(VersionState::label, VersionState::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("1.0.0", ApprovalStatus.SUBMITTED));

        test(asOf).setValue(today.minusDays(1));
        assertThat(rows(state)).isEmpty();
    }

    @Test
    @WithUserDetails("owner2")
    void a_business_owner_does_not_get_the_evidence_of_someone_elses_model() {
        var model = submittedModel();
        openModel(model.id());
        selectTab("Evidence");

        assertThat($(Anchor.class).withId("evidence-pdf").exists()).isFalse();
        assertThat($(Paragraph.class).all()).extracting(Paragraph::getText)
                .anyMatch(t -> t.contains("their own models"));
    }

    @Test
    @WithUserDetails("owner")
    void the_owner_gets_the_evidence_of_their_model() {
        var model = submittedModel();
        openModel(model.id());
        selectTab("Evidence");

        assertThat($(Anchor.class).withId("evidence-pdf").exists()).isTrue();
    }

    @Test
    @WithUserDetails("dev")
    void developers_do_not_see_the_tab() {
        var model = submittedModel();
        openModel(model.id());

        assertThat(tabLabels()).contains("Approval").doesNotContain("Evidence");
    }

    @Test
    @WithUserDetails("enduser")
    void end_users_do_not_see_the_tab() {
        openModel(idOf("Employee attrition risk"));

        assertThat(tabLabels()).doesNotContain("Evidence");
    }
}
