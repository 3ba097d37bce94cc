package org.steward.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.steward.approval.ApprovalWorkflow;
import org.steward.approval.GateEvaluation;
import org.steward.approval.GateOutcome;
import org.steward.base.ConflictException;
import org.steward.base.InvalidInputException;
import org.steward.base.PermissionDeniedException;
import org.steward.drift.DriftCriterion;
import org.steward.drift.DriftTest;
import org.steward.identity.Role;
import org.steward.identity.RunAs;
import org.steward.register.ModelRegister;
import org.steward.register.ModelView;
import org.steward.webhook.WebhookSettings;

/** Roles and rules of monitoring: policy versions, alerts and retraining requests, acknowledgements, the gate. */
@SpringBootTest
class MonitoringServiceTest {

    @Autowired
    RunAs runAs;

    @Autowired
    ModelRegister register;

    @Autowired
    ApprovalWorkflow workflow;

    @Autowired
    MonitoringIngest ingest;

    @Autowired
    Monitoring monitoring;

    @Autowired
    MonitoringPolicies policies;

    @Autowired
    WebhookSettings webhooks;

    @Autowired
    EvaluationSchedule schedule;

    @Autowired
    JdbcTemplate jdbc;

    private MonitoringFixtures f() {
        return new MonitoringFixtures(runAs, register, workflow);
    }

    private <T> T as(String user, Role role, java.util.function.Supplier<T> action) {
        return runAs.call(user, Set.of(role), action);
    }

    private ModelView withBaseline() {
        var model = f().model();
        as("dev", Role.MODEL_DEVELOPER, () -> ingest.recordBaseline(model.id(), "1.0.0",
                MonitoringFixtures.json(MonitoringFixtures.rows(500, 0, null)), "test rows"));
        return model;
    }

    private void batch(ModelView model, String key, double offset) {
        as("dev", Role.MODEL_DEVELOPER, () -> ingest.acceptBatch(model.id(), "1.0.0", key,
                MonitoringFixtures.json(MonitoringFixtures.rows(500, offset, key + "-"))));
    }

    private long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    private static MonitoringPolicySpec psiForIncome() {
        var b = MonitoringPolicySpec.DEFAULTS;
        return new MonitoringPolicySpec(b.windowBatches(), null, b.minRows(), b.driftRedShare(),
                Map.of("income", new DriftCriterion(DriftTest.PSI, 0.25)), b.missingRate(), b.outOfRangeRate(),
                b.unseenRate(), b.typeErrorRate(), b.duplicateRate(), b.aucDrop(), b.minOutcomes(), b.errorRate(),
                b.latencyP95Ms(), b.retrainOnRed());
    }

    @Test
    void the_owner_or_a_risk_officer_changes_the_policy_with_a_rationale_and_evaluations_record_its_version() {
        var model = withBaseline();

        assertThatThrownBy(() -> as("dev", Role.MODEL_DEVELOPER, () -> policies.change(model.id(), 0,
                psiForIncome(), "Developers may not loosen thresholds.")))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> as("owner2", Role.BUSINESS_OWNER, () -> policies.change(model.id(), 0,
                psiForIncome(), "Not my model, but I try.")))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> as("owner", Role.BUSINESS_OWNER, () -> policies.change(model.id(), 0,
                psiForIncome(), "short")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("rationale");

        var v1 = as("owner", Role.BUSINESS_OWNER, () -> policies.change(model.id(), 0, psiForIncome(),
                "PSI is the bank's standard for income stability."));
        assertThat(v1.policyVersion()).isEqualTo(1);
        assertThatThrownBy(() -> as("risk", Role.RISK_OFFICER, () -> policies.change(model.id(), 0,
                MonitoringPolicySpec.DEFAULTS, "Back to the defaults, please.")))
                .isInstanceOf(ConflictException.class);
        assertThat(count("select count(*) from change_log where model_id = ? and kind = 'MONITORING_POLICY_CHANGED'",
                model.id())).isEqualTo(1);

        batch(model, "p-1", 0);
        var evaluation = as("dev", Role.MODEL_DEVELOPER, () -> monitoring.evaluateNow(model.id(), "1.0.0"))
                .orElseThrow();
        assertThat(evaluation.policyVersion()).isEqualTo(1);
        assertThat(evaluation.status()).isEqualTo(MonitoringStatus.GREEN);
        var income = as("auditor", Role.AUDITOR, () -> monitoring.evaluation(evaluation.id())).result().features()
                .stream().filter(d -> d.name().equals("income")).findFirst().orElseThrow();
        assertThat(income.test()).isEqualTo(DriftTest.PSI);
        assertThat(income.overridden()).isTrue();
    }

    @Test
    void a_red_status_opens_one_alert_and_sends_a_retraining_request_to_the_models_webhook() {
        var model = withBaseline();
        as("owner", Role.BUSINESS_OWNER, () -> webhooks.configure(model.id(), "http://localhost:9/hook"));
        batch(model, "r-1", 400);
        as("dev", Role.MODEL_DEVELOPER, () -> monitoring.evaluateNow(model.id(), "1.0.0"));
        batch(model, "r-2", 400);
        as("dev", Role.MODEL_DEVELOPER, () -> monitoring.evaluateNow(model.id(), "1.0.0"));

        var alerts = as("auditor", Role.AUDITOR, () -> monitoring.alerts(model.id()));
        assertThat(alerts).hasSize(1);
        assertThat(alerts.getFirst().retrainingRequested()).isTrue();
        var payload = jdbc.queryForObject("select payload from webhook_delivery where model_id = ? and event = "
                + "'RETRAINING_REQUESTED'", String.class, model.id());
        assertThat(payload).contains("\"alertId\":" + alerts.getFirst().id())
                .contains("\"evidence\":\"/api/v1/monitoring/evaluations/" + alerts.getFirst().evaluationId() + "\"");
        assertThat(count("select count(*) from change_log where model_id = ? and kind in "
                + "('MONITORING_ALERT_OPENED', 'RETRAINING_REQUESTED', 'MONITORING_BASELINE_RECORDED')", model.id()))
                .isEqualTo(3);
        assertThat(count("select count(*) from ledger_entry where subject = ? and action = "
                + "'MONITORING_ALERT_OPENED'", "model:" + model.id())).isEqualTo(1);
    }

    @Test
    void only_the_models_business_owner_acknowledges_an_alert_once() {
        var model = withBaseline();
        batch(model, "a-1", 400);
        as("dev", Role.MODEL_DEVELOPER, () -> monitoring.evaluateNow(model.id(), "1.0.0"));
        var alert = as("auditor", Role.AUDITOR, () -> monitoring.openAlert(model.id())).orElseThrow();

        assertThatThrownBy(() -> as("dev", Role.MODEL_DEVELOPER, () -> monitoring.acknowledge(alert.id(),
                alert.version(), "I am not the owner of this model.")))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> as("owner2", Role.BUSINESS_OWNER, () -> monitoring.acknowledge(alert.id(),
                alert.version(), "I own other models, not this one.")))
                .isInstanceOf(PermissionDeniedException.class);
        var done = as("owner", Role.BUSINESS_OWNER, () -> monitoring.acknowledge(alert.id(), alert.version(),
                "Retraining scheduled for next sprint."));
        assertThat(done.open()).isFalse();
        assertThatThrownBy(() -> as("owner", Role.BUSINESS_OWNER, () -> monitoring.acknowledge(alert.id(),
                done.version(), "Acknowledging it a second time.")))
                .isInstanceOf(ConflictException.class);
        assertThat(count("select count(*) from ledger_entry where subject = ? and action = "
                + "'MONITORING_ALERT_ACKNOWLEDGED'", "model:" + model.id())).isEqualTo(1);
    }

    @Test
    void the_schedule_evaluates_versions_with_new_batches_once_and_its_lock_keeps_a_second_run_out() {
        var model = withBaseline();
        batch(model, "s-1", 0);

        schedule.evaluateDue();
        schedule.evaluateDue();
        assertThat(count("select count(*) from monitoring_evaluation where model_id = ?", model.id())).isEqualTo(1);

        batch(model, "s-2", 0);
        schedule.run();
        assertThat(count("select count(*) from monitoring_evaluation where model_id = ?", model.id())).isEqualTo(2);
        assertThat(count("select count(*) from shedlock where name = 'monitoring-evaluation'")).isEqualTo(1);
        batch(model, "s-3", 0);
        // ShedLock holds the lock at least 10 s after a run: another run now (as on a second node) does nothing
        schedule.run();
        assertThat(count("select count(*) from monitoring_evaluation where model_id = ?", model.id())).isEqualTo(2);
    }

    @Test
    void a_what_if_replays_stored_windows_under_a_proposed_policy_and_stores_nothing() {
        var model = withBaseline();
        batch(model, "w-1", 0);
        as("dev", Role.MODEL_DEVELOPER, () -> monitoring.evaluateNow(model.id(), "1.0.0"));
        batch(model, "w-2", 0);
        as("dev", Role.MODEL_DEVELOPER, () -> monitoring.evaluateNow(model.id(), "1.0.0"));
        var b = MonitoringPolicySpec.DEFAULTS;
        // latencies are 10 to 16 ms: a p95 limit of 12 / 14 ms would have been RED
        var strict = new MonitoringPolicySpec(1, null, b.minRows(), b.driftRedShare(), Map.of(), b.missingRate(),
                b.outOfRangeRate(), b.unseenRate(), b.typeErrorRate(), b.duplicateRate(), b.aucDrop(),
                b.minOutcomes(), b.errorRate(), new Limit(12, 14), b.retrainOnRed());

        var replays = as("auditor", Role.AUDITOR, () -> monitoring.whatIf(model.id(), strict));

        assertThat(replays).hasSize(2).allSatisfy(r -> {
            assertThat(r.recorded()).isEqualTo(MonitoringStatus.GREEN);
            assertThat(r.proposed()).isEqualTo(MonitoringStatus.RED);
            assertThat(r.reasons()).containsExactly("Latency p95 16.0 ms exceeds the RED limit 14.0 ms");
        });
        assertThat(count("select count(*) from monitoring_evaluation where model_id = ?", model.id())).isEqualTo(2);
        assertThat(count("select count(*) from monitoring_alert where model_id = ?", model.id())).isZero();
        var invalid = new MonitoringPolicySpec(0, null, b.minRows(), b.driftRedShare(), Map.of(), b.missingRate(),
                b.outOfRangeRate(), b.unseenRate(), b.typeErrorRate(), b.duplicateRate(), b.aucDrop(),
                b.minOutcomes(), b.errorRate(), new Limit(14, 12), b.retrainOnRed());
        assertThatThrownBy(() -> as("auditor", Role.AUDITOR, () -> monitoring.whatIf(model.id(), invalid)))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).fieldErrors())
                        .containsKeys("spec.windowBatches", "spec.latencyP95Ms"));
    }

    @Test
    void the_monitoring_baseline_gate_fails_without_a_baseline_where_the_policy_requires_one_and_passes_with_it() {
        var model = f().model();
        var without = gate(model);
        assertThat(without.outcome()).isEqualTo(GateOutcome.FAIL);
        assertThat(without.reason()).startsWith("No monitoring baseline for version 1.0.0");

        as("dev", Role.MODEL_DEVELOPER, () -> ingest.recordBaseline(model.id(), "1.0.0",
                MonitoringFixtures.json(MonitoringFixtures.rows(50, 0, null)), "test rows"));
        var with = gate(model);
        assertThat(with.outcome()).isEqualTo(GateOutcome.PASS);
        assertThat(with.reason()).contains("of 50 rows and 2 features from test rows");
    }

    private GateEvaluation gate(ModelView model) {
        return as("dev", Role.MODEL_DEVELOPER, () -> workflow.gates(model.id(), "1.0.0")).stream()
                .filter(g -> g.gate().equals("Monitoring baseline")).findFirst().orElseThrow();
    }
}
