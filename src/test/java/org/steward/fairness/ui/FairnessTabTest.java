package org.steward.fairness.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.test.context.support.WithUserDetails;
import org.steward.approval.ApprovalWorkflow;
import org.steward.approval.RiskLevel;
import org.steward.chart.ui.ChartView;
import org.steward.dataset.Datasets;
import org.steward.fairness.AuditAging;
import org.steward.fairness.FairnessAuditSummary;
import org.steward.fairness.FairnessAudits;
import org.steward.fairness.FairnessFixtures;
import org.steward.fairness.measure.FairnessResult.GroupResult;
import org.steward.fairness.measure.FairnessResult.MeasureResult;
import org.steward.fairness.measure.Measure;
import org.steward.fairness.measure.Verdict;
import org.steward.identity.Role;
import org.steward.register.ModelView;
import org.steward.register.ui.BrowserlessUiTest;

/** The Fairness tab: verdict, measures, groups and charts of the latest audit, re-audit and history. */
class FairnessTabTest extends BrowserlessUiTest {

    @Autowired
    ApprovalWorkflow workflow;

    @Autowired
    Datasets datasets;

    @Autowired
    FairnessAudits audits;

    @Autowired
    ApplicationContext context;

    private FairnessFixtures f() {
        return new FairnessFixtures(runAs, register, workflow, datasets);
    }

    private ModelView audited(String csv) {
        var f = f();
        var model = f.model(RiskLevel.HIGH);
        f.draft(model, "1.0.0");
        f.upload(model, "1.0.0", csv);
        return model;
    }

    private void openFairness(ModelView model) {
        openModel(model.id());
        selectTab("Fairness");
    }

    @Test
    @WithUserDetails("dev")
    void the_latest_audit_shows_its_verdict_measures_groups_and_charts() {
        var model = audited(FairnessFixtures.unfair());

        openFairness(model);

        assertThat($(Span.class).id("fairness-verdict").getText()).isEqualTo("Fail");
        assertThat($(Span.class).id("fairness-facts").getText()).startsWith("Policy v").contains("(high risk)")
                .contains("by dev");
        assertThat($(Span.class).id("fairness-dataset").getText()).contains("Test split, 240 rows");
        assertThat($(UnorderedList.class).id("fairness-findings").getElement().getTextRecursively())
                .contains("Demographic parity ratio on sex");
        Grid<MeasureResult> measures = grid("fairness-measures-0");
        assertThat(rows(measures)).hasSize(Measure.values().length);
        assertThat(rows(measures)).filteredOn(m -> m.measure() == Measure.DEMOGRAPHIC_PARITY_RATIO).singleElement()
                .satisfies(m -> assertThat(m.verdict()).isEqualTo(Verdict.FAIL));
        var tester = test(measures);
        assertThat(tester.getCellText(0, 3)).as("limit of a measure outside the policy")
                .isEqualTo("not in the policy");
        Grid<GroupResult> groups = grid("fairness-groups-0");
        assertThat(rows(groups)).extracting(GroupResult::group).containsExactly("F", "M");
        assertThat($(ChartView.class).all()).extracting(v -> v.chart().title()).containsExactly(
                "Selection rate by group: sex", "Disparate impact by group: sex", "ROC by group: sex",
                "Calibration by group: sex");
        assertThat($(ChartView.class).all()).allSatisfy(v -> assertThat(v.chart().svg()).startsWith("<svg"));
        Grid<FairnessAuditSummary> history = grid("fairness-history");
        assertThat(rows(history)).hasSize(1);
    }

    @Test
    @WithUserDetails("dev")
    void a_developer_reaudits_with_the_current_policy_and_the_history_grows() {
        var model = audited(FairnessFixtures.fair());
        openFairness(model);
        assertThat($(Span.class).id("fairness-verdict").getText()).isEqualTo("Pass");

        click("fairness-reaudit");

        assertThat(lastNotification()).startsWith("Re-audited with the high risk fairness policy v")
                .endsWith(": Pass.");
        Grid<FairnessAuditSummary> history = grid("fairness-history");
        assertThat(rows(history)).hasSize(2);
        assertThat(runAs.call("auditor", Set.of(Role.AUDITOR), () -> audits.count(model.id())))
                .isEqualTo(2);
    }

    @Test
    @WithUserDetails("auditor")
    void auditors_read_but_do_not_reaudit_and_see_an_overdue_audit_marked() {
        var model = audited(FairnessFixtures.fair());
        var latest = runAs.call("auditor", Set.of(Role.AUDITOR), () -> audits.latest(model.id(),
                register.version(model.id(), "1.0.0").id())).orElseThrow();
        AuditAging.backdate(context, latest, 365);

        openFairness(model);

        assertThat($(Button.class).withId("fairness-reaudit").exists()).isFalse();
        assertThat($(Span.class).id("fairness-overdue").getText()).isEqualTo("Re-audit overdue");
        assertThat(rows(grid("fairness-history"))).hasSize(2);
    }

    @Test
    @WithUserDetails("dev")
    void a_version_without_an_audit_says_what_to_do() {
        var f = f();
        var model = f.model(RiskLevel.HIGH);
        f.draft(model, "1.0.0");

        openFairness(model);

        assertThat($(Paragraph.class).id("fairness-none").getText()).isEqualTo("No fairness audit for version "
                + "1.0.0 yet: upload a scored sample with sensitive-attribute columns in Evaluation data.");
        assertThat(rows(grid("fairness-history"))).isEmpty();
    }

    @Test
    @WithUserDetails("enduser")
    void end_users_do_not_see_the_tab() {
        openModel(idOf("Employee attrition risk"));

        assertThat(tabLabels()).doesNotContain("Fairness");
    }
}
