package org.steward.register.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.QueryParameters;
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

    @Test
    @WithUserDetails("dev")
    void a_tab_link_to_the_model_on_screen_switches_the_tab_and_keeps_the_header() {
        long id = idOf("Retail credit scoring");
        openModel(id);
        var title = $(H2.class).id("model-title");
        var sheet = $(TabSheet.class).single();

        openTab(id, "Versions");

        assertThat($(H2.class).id("model-title")).isSameAs(title);
        assertThat($(TabSheet.class).single()).isSameAs(sheet);
        assertThat(sheet.getSelectedIndex()).isEqualTo(tabLabels().indexOf("Versions"));
        assertThat(exists("new-version")).isTrue();

        openTab(idOf("AML transaction monitoring"), "Versions");

        assertThat($(H2.class).id("model-title").getText()).isEqualTo("AML transaction monitoring");
        assertThat($(TabSheet.class).single()).isNotSameAs(sheet);
    }

    @Test
    @WithUserDetails("dev")
    void a_tab_link_to_the_tab_on_screen_builds_it_anew() {
        long id = idOf("Retail credit scoring");
        openTab(id, "Overview");
        var overview = $(ModelOverview.class).single();

        openTab(id, "Overview");

        assertThat($(ModelOverview.class).single()).isNotSameAs(overview);
    }

    @Test
    @WithUserDetails("dev")
    void a_tab_shown_before_the_model_was_opened_again_is_built_anew_when_shown_again() {
        long id = idOf("Retail credit scoring");
        openTab(id, "Overview");
        var overview = $(ModelOverview.class).single();
        selectTab("Versions");

        openTab(id, "Versions");
        selectTab("Overview");

        assertThat($(ModelOverview.class).single()).isNotSameAs(overview);
    }

    private static void openTab(long modelId, String tab) {
        UI.getCurrent().navigate("models/" + modelId, QueryParameters.of("tab", tab));
    }
}
