package org.steward.explain.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.upload.Upload;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.steward.approval.ApprovalWorkflow;
import org.steward.base.ui.Badge;
import org.steward.chart.ui.ChartView;
import org.steward.dataset.DatasetView;
import org.steward.dataset.Datasets;
import org.steward.explain.ExplainedVersion;
import org.steward.explain.ExplanationFixtures;
import org.steward.explain.ExplanationView;
import org.steward.explain.method.ExplanationReport.FeatureImportance;
import org.steward.register.EuRiskCategory;
import org.steward.register.InternalRiskTier;
import org.steward.register.ModelView;
import org.steward.register.ui.BrowserlessUiTest;

/** The Explanation tab of a model's page, without a browser. */
class ExplanationTabTest extends BrowserlessUiTest {

    @Autowired
    ApprovalWorkflow workflow;

    @Autowired
    Datasets datasets;

    private ExplanationFixtures fixtures() {
        return new ExplanationFixtures(runAs, register, workflow, datasets);
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
    void shows_the_latest_explanation_with_its_source_fidelity_summary_charts_and_rules() {
        var model = model();
        var dataset = upload(model, "1.0.0", ExplanationFixtures.linear(ExplanationFixtures.ROWS));
        openModel(model.id());
        selectTab("Explanation");

        ComboBox<ExplainedVersion> version = comboBox("explanation-version");
        assertThat(version.getValue().label()).isEqualTo("1.0.0");
        var hash = dataset.sha256().substring(0, 12);
        assertThat(text("explanation-header")).contains("Version 1.0.0", "scores.csv", hash, "by dev",
                "Method: Global surrogate: Smile random forest (60 trees");
        var badge = $(Badge.class).id("explanation-fidelity");
        assertThat(badge.getText()).startsWith("Reliable: surrogate fidelity R² 0.9").contains("held-out rows");
        assertThat(badge.getElement().getAttribute("data-level")).isEqualTo("low");
        assertThat($(Paragraph.class).id("explanation-summary").getText()).startsWith("x1 and x2 drive");
        assertThat($(ChartView.class).from($(FlexLayout.class).id("explanation-charts")).all())
                .extracting(c -> c.chart().title())
                .containsExactly("Global importance: mean |SHAP value|", "Permutation importance (mean ± sd over "
                        + "repeats)", "Dependence: x1", "Dependence: x2", "Dependence: x3",
                        "Partial dependence and ICE: x1", "Partial dependence and ICE: x2",
                        "Partial dependence and ICE: x3");
        assertThat(text("explanation-rules")).contains("A decision tree of depth 3", "If x1 > ", "then prediction ≈ ");
        Grid<FeatureImportance> features = grid("explanation-features");
        assertThat(test(features).getCellText(0, 0)).isEqualTo("x1");
        assertThat(test(features).getCellText(0, 4)).isEqualTo("higher raises");
        assertThat(test(features).getCellText(1, 4)).isEqualTo("higher lowers");
        assertThat(exists("explanation-recompute")).isFalse();
        assertThat($(Upload.class).withId("attribution-upload").exists()).isFalse();
    }

    @Test
    @WithUserDetails("owner")
    void an_unreliable_explanation_is_flagged_and_the_history_switches_results() {
        var model = model();
        upload(model, "1.0.0", ExplanationFixtures.linear(ExplanationFixtures.ROWS));
        upload(model, "2.0.0", ExplanationFixtures.noise(ExplanationFixtures.ROWS));
        openModel(model.id());
        selectTab("Explanation");

        ComboBox<ExplainedVersion> version = comboBox("explanation-version");
        assertThat(version.getValue().label()).isEqualTo("2.0.0");
        var badge = $(Badge.class).id("explanation-fidelity");
        assertThat(badge.getText()).startsWith("Not reliable: surrogate fidelity R² ").endsWith("below 0.800");
        assertThat(badge.getElement().getAttribute("data-level")).isEqualTo("high");
        assertThat($(Paragraph.class).id("explanation-summary").getText()).contains("Not reliable");

        Grid<ExplanationView> history = grid("explanation-history");
        assertThat(rows(history)).extracting(ExplanationView::versionLabel).containsExactly("2.0.0", "1.0.0");
        test(history).clickRow(1);
        assertThat(text("explanation-header")).contains("Version 1.0.0");
        assertThat($(Badge.class).id("explanation-fidelity").getText()).startsWith("Reliable");
    }

    @Test
    @WithUserDetails("dev")
    void developers_may_recompute_and_import_and_see_what_to_do_when_there_is_nothing_yet() {
        var empty = model();
        openModel(empty.id());
        selectTab("Explanation");
        assertThat($(Paragraph.class).id("explanation-empty").getText()).isEqualTo(ExplanationPanel.EMPTY);

        var model = model();
        upload(model, "1.0.0", ExplanationFixtures.linear(ExplanationFixtures.ROWS));
        openModel(model.id());
        selectTab("Explanation");
        assertThat(exists("explanation-recompute")).isTrue();
        assertThat($(Upload.class).withId("attribution-upload").exists()).isTrue();
    }

    @Test
    @WithUserDetails("risk")
    void risk_officers_may_recompute_but_not_import() {
        var model = model();
        upload(model, "1.0.0", ExplanationFixtures.linear(ExplanationFixtures.ROWS));
        openModel(model.id());
        selectTab("Explanation");
        assertThat(exists("explanation-recompute")).isTrue();
        assertThat($(Upload.class).withId("attribution-upload").exists()).isFalse();
    }

    @Test
    @WithUserDetails("enduser")
    void end_users_do_not_see_the_tab() {
        openModel(idOf("Employee attrition risk"));
        assertThat(tabLabels()).doesNotContain("Explanation").contains("Overview");
    }
}
