package org.steward.compliance.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;
import org.steward.chart.ui.ChartView;
import org.steward.compliance.DashboardRow;
import org.steward.compliance.check.ComplianceStatus;
import org.steward.register.ui.BrowserlessUiTest;

/** The register-wide dashboard: counts that drill down, flags, charts, links to each model's Compliance tab. */
class ComplianceDashboardViewTest extends BrowserlessUiTest {

    @Test
    @WithUserDetails("auditor")
    void an_auditor_drills_down_from_a_flag_to_the_models_and_their_compliance_tab() {
        var view = navigate(ComplianceDashboardView.class);

        assertThat($(Paragraph.class).id("dashboard-summary").getText()).contains("models assessed at")
                .contains("ledger: Intact");
        assertThat($(ChartView.class).from($(com.vaadin.flow.component.orderedlayout.FlexLayout.class)
                .id("dashboard-charts")).all()).hasSize(2);
        Grid<DashboardRow> grid = grid("dashboard-grid");
        var all = test(grid).size();
        assertThat(all).isGreaterThanOrEqualTo(14);

        click("dashboard-issue-PRODUCTION_WITHOUT_APPROVAL");

        var flagged = rows(grid);
        assertThat(flagged.size()).isLessThan(all);
        assertThat(flagged).extracting(DashboardRow::name).contains("Retail credit scoring");
        var row = flagged.stream().map(DashboardRow::name).toList().indexOf("Retail credit scoring");
        var link = $(RouterLink.class).from(test(grid).getCellComponent(row, "name")).single();
        assertThat(link.getHref()).endsWith("?tab=Compliance");

        click("dashboard-eu-ai-act-NOT_APPLICABLE");
        assertThat(rows(grid)).allSatisfy(r -> assertThat(r.statuses().get("eu-ai-act"))
                .isEqualTo(ComplianceStatus.NOT_APPLICABLE));
        assertThat(view.filter().issue()).isNull();
        assertThat($(Anchor.class).id("register-report-pdf").getHref()).isNotBlank();
    }
}
