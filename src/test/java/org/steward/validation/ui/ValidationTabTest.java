package org.steward.validation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.steward.approval.ApprovalWorkflow;
import org.steward.base.ui.Badge;
import org.steward.chart.ui.ChartView;
import org.steward.dataset.DatasetView;
import org.steward.dataset.Datasets;
import org.steward.register.EuRiskCategory;
import org.steward.register.InternalRiskTier;
import org.steward.register.ModelView;
import org.steward.register.ui.BrowserlessUiTest;
import org.steward.validation.ValidatedVersion;
import org.steward.validation.ValidationFixtures;
import org.steward.validation.ValidationView;

/** The Validation tab of a model's page, without a browser. */
class ValidationTabTest extends BrowserlessUiTest {

    @Autowired
    ApprovalWorkflow workflow;

    @Autowired
    Datasets datasets;

    private ValidationFixtures fixtures() {
        return new ValidationFixtures(runAs, register, workflow, datasets);
    }

    private ModelView model() {
        return fixtures().model(EuRiskCategory.MINIMAL, InternalRiskTier.MEDIUM);
    }

    private DatasetView upload(ModelView model, String label, String csv) {
        fixtures().draft(model, label);
        return fixtures().upload(model, label, csv);
    }

    private String text(String id) {
        return $(Div.class).id(id).getElement().getTextRecursively();
    }

    @Test
    @WithUserDetails("auditor")
    void shows_the_latest_result_with_its_source_metrics_gap_and_charts() {
        var model = model();
        var dataset = upload(model, "1.0.0", ValidationFixtures.wellFitted());
        openModel(model.id());
        selectTab("Validation");

        ComboBox<ValidatedVersion> version = comboBox("validation-version");
        assertThat(version.getValue().label()).isEqualTo("1.0.0");
        var hash = dataset.sha256().substring(0, 12);
        assertThat(text("validation-header")).contains("Version 1.0.0", "scores.csv", hash, "by dev",
                "Method: Percentile bootstrap, 1000 resamples, seed 20260101, 95% level");

        Grid<ValidationResultView.MetricRow> metrics = grid("validation-metrics");
        var tester = test(metrics);
        assertThat(tester.getHeaderCell(1)).isEqualTo("Train (n = 200)");
        assertThat(tester.getHeaderCell(2)).isEqualTo("Test (n = 200)");
        assertThat(tester.getCellText(0, 0)).isEqualTo("ROC AUC (primary)");
        assertThat(tester.getCellText(0, 2)).startsWith(ValidationFixtures.TEST_AUC + " [");
        assertThat(rows(metrics)).extracting(ValidationResultView.MetricRow::label).contains("PR AUC", "Log loss",
                "Brier score", "Expected calibration error");

        assertThat($(Badge.class).id("validation-gap").getText())
                .startsWith("Overfitting gap 0.000 [").endsWith("(train 0.835, test 0.835): within the limit 0.05");
        assertThat(test(grid("validation-confusion-test")).getCellText(1, 0)).isEqualTo("yes");
        for (var chart : new String[] {"validation-roc", "validation-pr", "validation-reliability"}) {
            var view = $(ChartView.class).from($(Div.class).id(chart)).single();
            assertThat(view.getElement().getTextRecursively()).contains("Dataset " + hash, "Percentile bootstrap");
        }
        Grid<ValidationView> history = grid("validation-history");
        assertThat(rows(history)).extracting(ValidationView::datasetSha256).containsExactly(dataset.sha256());
    }

    @Test
    @WithUserDetails("owner")
    void an_overfitted_version_shows_the_gap_over_the_limit_and_history_switches_results() {
        var model = model();
        upload(model, "1.0.0", ValidationFixtures.wellFitted());
        upload(model, "2.0.0", ValidationFixtures.overfitted());
        openModel(model.id());
        selectTab("Validation");

        ComboBox<ValidatedVersion> version = comboBox("validation-version");
        assertThat(version.getValue().label()).isEqualTo("2.0.0");
        assertThat($(Badge.class).id("validation-gap").getText())
                .contains("Overfitting gap 0.165", "over the limit 0.05");
        assertThat($(Badge.class).id("validation-gap").getElement().getAttribute("data-level")).isEqualTo("high");

        Grid<ValidationView> history = grid("validation-history");
        assertThat(rows(history)).extracting(ValidationView::versionLabel).containsExactly("2.0.0", "1.0.0");
        test(history).clickRow(1);
        assertThat(text("validation-header")).contains("Version 1.0.0");
        assertThat($(Badge.class).id("validation-gap").getText()).contains("within the limit");
    }

    @Test
    @WithUserDetails("dev")
    void says_what_to_do_when_there_is_nothing_yet() {
        var model = model();
        openModel(model.id());
        selectTab("Validation");
        assertThat($(Paragraph.class).id("validation-empty").getText())
                .isEqualTo("No validation yet — upload a scored sample in the Evaluation data tab.");
    }

    @Test
    @WithUserDetails("enduser")
    void end_users_do_not_see_the_tab() {
        openModel(idOf("Employee attrition risk"));
        assertThat(tabLabels()).doesNotContain("Validation").contains("Overview");
    }
}
