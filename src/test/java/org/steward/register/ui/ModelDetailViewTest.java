package org.steward.register.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;
import org.steward.register.Kpi;

class ModelDetailViewTest extends BrowserlessUiTest {

    @Test
    @WithUserDetails("dev")
    void model_page_shows_the_overview_with_objective_kpis_and_risk() {
        openModel(idOf("Retail credit scoring"));

        assertThat($(H2.class).id("model-title").getText()).isEqualTo("Retail credit scoring");
        assertThat(tabLabels()).startsWith("Overview", "Versions").contains("History");
        var overview = $(ModelOverview.class).single();
        Grid<Kpi> kpis = grid("model-kpis");
        assertThat(rows(kpis)).extracting(Kpi::name)
                .containsExactly("Default rate of approved loans", "Straight-through approvals");
        assertThat(overview.getElement().getTextRecursively()).contains("Annex III", "Approve, refer or decline");
        assertThat(exists("edit-model")).isTrue();
    }

    @Test
    @WithUserDetails("dev")
    void unknown_model_shows_a_not_found_message() {
        openModel(Long.MAX_VALUE);

        assertThat($(Div.class).id("model-not-found").getElement().getTextRecursively()).contains("Model not found");
    }

    @Test
    @WithUserDetails("dev")
    void malformed_model_id_shows_a_not_found_message() {
        navigate("models/not-a-number", ModelDetailView.class);

        assertThat($(Div.class).withId("model-not-found").exists()).isTrue();
    }

    @Test
    @WithUserDetails("enduser")
    void end_user_cannot_open_an_unapproved_model() {
        openModel(idOf("AML transaction monitoring"));

        assertThat($(Div.class).withId("model-not-found").exists()).isTrue();
        assertThat($(H2.class).withId("model-title").exists()).isFalse();
    }

    @Test
    @WithUserDetails("enduser")
    void end_user_sees_an_approved_model_without_history_or_edit() {
        openModel(idOf("Employee attrition risk"));

        assertThat(tabLabels()).containsExactly("Overview", "Versions");
        assertThat(exists("edit-model")).isFalse();
        selectTab("Versions");
        assertThat(exists("new-version")).isFalse();
    }

    @Test
    @WithUserDetails("auditor")
    void auditor_reads_model_and_history_but_cannot_edit() {
        openModel(idOf("Retail credit scoring"));

        assertThat(tabLabels()).contains("History");
        assertThat(exists("edit-model")).isFalse();
        selectTab("Versions");
        assertThat(exists("new-version")).isFalse();
        assertThat(exists("edit-version")).isFalse();
    }
}
