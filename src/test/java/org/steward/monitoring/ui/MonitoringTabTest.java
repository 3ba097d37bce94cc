package org.steward.monitoring.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.NumberField;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.steward.approval.ApprovalWorkflow;
import org.steward.chart.ui.ChartView;
import org.steward.identity.Role;
import org.steward.monitoring.BatchView;
import org.steward.monitoring.EvaluationResult.FeatureDrift;
import org.steward.monitoring.EvaluationSummary;
import org.steward.monitoring.Monitoring;
import org.steward.monitoring.MonitoringFixtures;
import org.steward.monitoring.MonitoringIngest;
import org.steward.monitoring.MonitoringStatus;
import org.steward.monitoring.Replay;
import org.steward.monitoring.Retraining;
import org.steward.monitoring.RetrainingState;
import org.steward.register.ModelView;
import org.steward.register.ui.BrowserlessUiTest;

/** The Monitoring tab: status and reasons, drift table by severity with histograms, acknowledgement by the owner. */
class MonitoringTabTest extends BrowserlessUiTest {

    @Autowired
    ApprovalWorkflow workflow;

    @Autowired
    MonitoringIngest ingest;

    @Autowired
    Monitoring monitoring;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Retraining retraining;

    /** A model whose income shifted by 400 in production while region stayed: RED with an open alert. */
    private ModelView drifted() {
        var f = new MonitoringFixtures(runAs, register, workflow);
        var model = f.model();
        f.asDev(() -> ingest.recordBaseline(model.id(), "1.0.0",
                MonitoringFixtures.json(MonitoringFixtures.rows(500, 0, null)), "test rows"));
        f.asDev(() -> ingest.acceptBatch(model.id(), "1.0.0", "b-1",
                MonitoringFixtures.json(MonitoringFixtures.rows(500, 400, "t-"))));
        f.asDev(() -> monitoring.evaluateNow(model.id(), "1.0.0"));
        return model;
    }

    private void openMonitoring(ModelView model) {
        openModel(model.id());
        selectTab("Monitoring");
    }

    @Test
    @WithUserDetails("owner")
    void the_owner_sees_the_status_the_drift_by_severity_and_acknowledges_the_alert() {
        var model = drifted();
        openMonitoring(model);

        assertThat($(Span.class).id("monitoring-status").getText()).isEqualTo("RED");
        assertThat($(Span.class).id("monitoring-facts").getText()).contains("Version 1.0.0").contains("policy v0")
                .contains("500 observations");
        var drift = this.<FeatureDrift>grid("monitoring-drift");
        assertThat(rows(drift)).extracting(FeatureDrift::name).containsExactly("income", "region");
        assertThat(rows(drift).getFirst().drifted()).isTrue();
        assertThat($(ChartView.class).single().chart().title()).isEqualTo("income: reference vs current");
        test(drift).clickRow(1);
        assertThat($(ChartView.class).single().chart().title()).isEqualTo("region: reference vs current");
        assertThat($(ChartView.class).single().chart().svg()).startsWith("<svg");
        assertThat($(Paragraph.class).id("monitoring-quality").getText()).contains("out of range 80.0 %");
        assertThat(rows(this.<EvaluationSummary>grid("monitoring-timeline"))).hasSize(1);

        textArea("monitoring-ack-comment").setValue("short");
        click("monitoring-acknowledge");
        assertThat(lastNotification()).contains("at least 10 characters");
        textArea("monitoring-ack-comment").setValue("Upstream unit change from EUR to cents; fix deployed.");
        click("monitoring-acknowledge");

        assertThat(lastNotification()).endsWith("acknowledged.");
        assertThat(exists("monitoring-acknowledge")).isFalse();
        assertThat(jdbc.queryForObject("select acknowledged_by from monitoring_alert where model_id = ?",
                String.class, model.id())).isEqualTo("owner");
    }

    @Test
    @WithUserDetails("owner")
    void trends_chart_quality_and_latency_over_the_evaluations() {
        var model = drifted();
        var f = new MonitoringFixtures(runAs, register, workflow);
        f.asDev(() -> ingest.acceptBatch(model.id(), "1.0.0", "b-2",
                MonitoringFixtures.json(MonitoringFixtures.rows(500, 0, "u-"))));
        f.asDev(() -> monitoring.evaluateNow(model.id(), "1.0.0"));
        openMonitoring(model);

        var titles = $(ChartView.class).all().stream().map(c -> c.chart().title()).toList();
        assertThat(titles).contains("Data quality and errors by window (UTC)", "Latency by window (UTC)");
        var quality = $(ChartView.class).all().stream()
                .filter(c -> c.chart().title().startsWith("Data quality")).findFirst().orElseThrow().chart();
        // the first window had 400 of 500 incomes beyond the baseline's range, the second adds 500 in range
        assertThat(quality.description()).contains("out of range: latest 40, highest 80")
                .contains("by window end (UTC) from");
        assertThat(quality.svg()).startsWith("<svg");
    }

    @Test
    @WithUserDetails("owner")
    void the_owner_replays_a_proposed_policy_over_the_history_and_adopts_it() {
        var model = drifted();
        openMonitoring(model);
        assertThat($(Paragraph.class).id("monitoring-policy").getText()).startsWith("Version 0 (Steward's defaults)");
        click("monitoring-policy-propose");
        // RED only when most features drift, and 80 % out-of-range values below the AMBER limit
        $(NumberField.class).id("monitoring-policy-red-share").setValue(60.0);
        $(NumberField.class).id("monitoring-policy-out-of-range-amber").setValue(85.0);
        $(NumberField.class).id("monitoring-policy-out-of-range-red").setValue(90.0);
        click("monitoring-policy-replay");

        assertThat($(Paragraph.class).id("monitoring-replay-summary").getText())
                .isEqualTo("Over the last 1 evaluations the proposal changes 1 statuses; RED 1 → 0. Nothing is stored.");
        var replay = rows(this.<Replay>grid("monitoring-replay")).getFirst();
        assertThat(replay.recorded()).isEqualTo(MonitoringStatus.RED);
        assertThat(replay.proposed()).isEqualTo(MonitoringStatus.AMBER);
        assertThat(jdbc.queryForObject("select count(*) from monitoring_policy where model_id = ?", Long.class,
                model.id())).isZero();

        click("monitoring-policy-adopt");
        assertThat(lastNotification()).contains("at least 10 characters");
        textArea("monitoring-policy-rationale").setValue("Range checks are too strict for the new unit; see ML-7.");
        click("monitoring-policy-adopt");

        assertThat(lastNotification()).isEqualTo("Monitoring policy version 1 adopted.");
        assertThat($(Paragraph.class).id("monitoring-policy").getText()).startsWith("Version 1 by owner on ")
                .contains("out of range AMBER > 85 %, RED > 90 %").contains("RED when 60 % of the features drifted")
                .endsWith("Rationale: Range checks are too strict for the new unit; see ML-7.");
    }

    @Test
    @WithUserDetails("dev")
    void the_open_alert_and_the_alert_list_show_where_the_retraining_stands() {
        var model = drifted();
        var alert = monitoring.openAlert(model.id()).orElseThrow();
        retraining.report(alert.id(), RetrainingState.STARTED, null, "job 42 on the training cluster");
        openMonitoring(model);

        assertThat($(Paragraph.class).id("monitoring-retraining").getText()).startsWith("Retraining: started (dev, ")
                .endsWith(": job 42 on the training cluster");
        var alerts = rows(this.<AlertsGrid.Row>grid("monitoring-alerts"));
        assertThat(alerts).hasSize(1);
        assertThat(alerts.getFirst().retraining().state()).isEqualTo(RetrainingState.STARTED);
    }

    @Test
    @WithUserDetails("dev")
    void others_than_the_owner_see_the_alert_without_the_button_and_a_model_without_data_says_what_to_send() {
        var model = drifted();
        openMonitoring(model);
        assertThat($(Span.class).id("monitoring-status").getText()).isEqualTo("RED");
        assertThat(exists("monitoring-acknowledge")).isFalse();
        assertThat(exists("monitoring-policy-propose")).isFalse();
        // developers see the batches, not the erasure
        assertThat(rows(this.<BatchView>grid("monitoring-batches"))).hasSize(1);
        assertThat(exists("monitoring-erase-batch")).isFalse();
        assertThat(exists("monitoring-erase-all")).isFalse();

        var empty = new MonitoringFixtures(runAs, register, workflow).model();
        openMonitoring(empty);
        assertThat($(Paragraph.class).id("monitoring-none").getText()).startsWith("No monitoring evaluation yet");
    }

    @Test
    @WithUserDetails("risk")
    void a_risk_officer_erases_a_batch_and_the_tab_says_the_raw_data_was_purged() {
        var model = drifted();
        openMonitoring(model);
        var batches = this.<BatchView>grid("monitoring-batches");
        assertThat(rows(batches)).singleElement().satisfies(b -> assertThat(BatchesPanel.rawData(b))
                .isEqualTo("encrypted · key test-2026"));
        assertThat($(com.vaadin.flow.component.button.Button.class).id("monitoring-erase-batch").isEnabled())
                .isFalse();

        test(batches).clickRow(0);
        click("monitoring-erase-batch");
        test(textArea("reason-text")).setValue("Erasure request #12");
        click("reason-confirm");

        assertThat(lastNotification()).contains("erased; its evaluations stay");
        assertThat(BatchesPanel.rawData(rows(batches).getFirst())).startsWith("Raw data purged on ")
                .endsWith("(Erasure request #12)");
        openMonitoring(model);
        assertThat($(Paragraph.class).id("monitoring-purged").getText()).startsWith("Raw data purged on ");
        assertThat($(Span.class).id("monitoring-status").getText()).isEqualTo("RED");
    }

    @Test
    @WithUserDetails("risk")
    void the_register_list_shows_each_models_monitoring_status() {
        com.vaadin.flow.component.UI.getCurrent().navigate("");
        var grid = this.<org.steward.register.ModelSummary>grid("register-grid");
        var tester = test(grid);
        var headers = grid.getColumns().stream().map(c -> c.getHeaderText()).toList();
        int column = headers.indexOf("Monitoring");
        assertThat(column).isEqualTo(headers.indexOf("Status") + 1);
        var models = rows(grid);
        int churn = models.stream().map(org.steward.register.ModelSummary::name).toList()
                .indexOf("Telecom churn propensity");
        assertThat(((Span) tester.getCellComponent(churn, column)).getText()).isEqualTo("RED");
        int credit = models.stream().map(org.steward.register.ModelSummary::name).toList()
                .indexOf("SME loan default");
        assertThat(((Span) tester.getCellComponent(credit, column)).getText()).isEqualTo("—");
    }

    @Test
    @WithUserDetails("enduser")
    void end_users_do_not_see_the_tab() {
        var model = runAs.call("dev", Set.of(Role.MODEL_DEVELOPER), () -> register.get(idOf("Card fraud detection")));
        openModel(model.id());
        assertThat(tabLabels()).doesNotContain("Monitoring");
        com.vaadin.flow.component.UI.getCurrent().navigate("");
        assertThat(this.<org.steward.register.ModelSummary>grid("register-grid").getColumns())
                .extracting(c -> c.getHeaderText()).doesNotContain("Monitoring");
    }
}
