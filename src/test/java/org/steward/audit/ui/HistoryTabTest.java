package org.steward.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.grid.Grid;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;
import org.steward.audit.ChangeRecord;
import org.steward.register.ModelDetails;
import org.steward.register.ui.BrowserlessUiTest;
import org.steward.register.ui.RegisterView;

class HistoryTabTest extends BrowserlessUiTest {

    @Test
    @WithUserDetails("dev")
    void a_model_registered_through_the_form_shows_its_registration_in_the_history() {
        navigate(RegisterView.class);
        var name = unique("History model");
        click("new-model");
        test(textField("model-name")).setValue(name);
        test(comboBox("model-domain")).selectItem("demand forecasting");
        test(comboBox("model-owner")).selectItem("Oscar Okafor");
        test(comboBox("model-eu-risk")).selectItem("Minimal risk");
        test(comboBox("model-internal-tier")).selectItem("Low");
        test(textArea("model-justification")).setValue("Forecasts stock, not people.");
        click("model-save");

        openModel(idOf(name));
        selectTab("History");

        List<ChangeRecord> history = rows(grid("history-grid"));
        assertThat(history).singleElement().satisfies(change -> {
            assertThat(change.kind()).isEqualTo("MODEL_REGISTERED");
            assertThat(change.actor()).isEqualTo("dev");
            assertThat(change.summary()).contains(name);
        });
        Grid<ChangeRecord> grid = grid("history-grid");
        assertThat(test(grid).getCellText(0, 2)).isEqualTo("Model registered");
    }

    @Test
    @WithUserDetails("dev")
    void edits_appear_newest_first() {
        var model = registerModel(unique("Edited history"), "owner");
        var d = model.details();
        register.update(model.id(), model.version(), new ModelDetails(d.name(), "Changed.",
                d.businessDomain(), d.owner(), d.developerTeam(), d.objective(), d.kpis(), d.euRiskCategory(),
                d.internalRiskTier(), d.riskJustification(), d.intendedUse(), d.outOfScopeUse(), d.tags(),
                d.reviewDate()));

        openModel(model.id());
        selectTab("History");

        List<ChangeRecord> history = rows(grid("history-grid"));
        assertThat(history).extracting(ChangeRecord::kind).containsExactly("MODEL_CHANGED", "MODEL_REGISTERED");
        assertThat(history.getFirst().summary()).contains("description");
    }

    @Test
    @WithUserDetails("enduser")
    void end_users_have_no_history_tab() {
        openModel(idOf("Employee attrition risk"));

        assertThat(tabLabels()).doesNotContain("History");
    }
}
