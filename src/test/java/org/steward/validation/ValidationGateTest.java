package org.steward.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.steward.approval.ApprovalWorkflow;
import org.steward.approval.Evidence;
import org.steward.approval.EvidenceGate;
import org.steward.approval.GateContext;
import org.steward.approval.GateEvaluation;
import org.steward.approval.GateOutcome;
import org.steward.approval.GateResult;
import org.steward.approval.RiskLevel;
import org.steward.dataset.DatasetView;
import org.steward.dataset.Datasets;
import org.steward.identity.Role;
import org.steward.identity.RunAs;
import org.steward.register.EuRiskCategory;
import org.steward.register.InternalRiskTier;
import org.steward.register.ModelRegister;
import org.steward.register.ModelView;

/**
 * The approval gate on validation metrics against real uploads, evaluated without anybody signed in: gates run
 * inside approval calls of any reviewer and must not need a role of their own.
 */
@SpringBootTest
class ValidationGateTest {

    @Autowired
    ValidationGate gate;

    @Autowired
    List<EvidenceGate> gates;

    @Autowired
    RunAs runAs;

    @Autowired
    ModelRegister register;

    @Autowired
    ApprovalWorkflow workflow;

    @Autowired
    Datasets datasets;

    private ValidationFixtures fixtures() {
        return new ValidationFixtures(runAs, register, workflow, datasets);
    }

    private GateResult evaluate(ModelView model, String label) {
        var version = runAs.call("auditor", Set.of(Role.AUDITOR), () -> register.version(model.id(), label));
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
        return gate.evaluate(new GateContext(model, version, RiskLevel.of(model.details())));
    }

    private static String hash(DatasetView dataset) {
        return dataset.sha256().substring(0, 12);
    }

    @Test
    void the_gate_is_the_validation_metrics_gate() {
        assertThat(gate.name()).isEqualTo(Evidence.VALIDATION_METRICS.gateName())
                .isEqualTo("Validation metrics with overfitting gap");
        assertThat(gates).contains(gate);
    }

    @Test
    void required_metrics_that_are_missing_fail_with_what_to_do() {
        var f = fixtures();
        var model = f.model(EuRiskCategory.MINIMAL, InternalRiskTier.MEDIUM);
        f.draft(model, "1.2");
        assertThat(evaluate(model, "1.2")).isEqualTo(GateResult.fail(
                "No validation metrics for v1.2: upload a scored sample in Evaluation data."));
    }

    @Test
    void a_gap_within_the_limit_passes_and_names_the_figures_and_the_dataset() {
        var f = fixtures();
        var model = f.model(EuRiskCategory.MINIMAL, InternalRiskTier.MEDIUM);
        f.draft(model, "1.0.0");
        var dataset = f.upload(model, "1.0.0", ValidationFixtures.wellFitted());
        assertThat(evaluate(model, "1.0.0")).isEqualTo(GateResult.pass("Test ROC AUC " + ValidationFixtures.TEST_AUC
                + "; overfitting gap 0.000 (train ROC AUC 0.835, test 0.835) within the limit 0.05 (dataset "
                + hash(dataset) + ")."));
    }

    @Test
    void a_gap_over_the_limit_fails_until_a_better_sample_is_validated() {
        var f = fixtures();
        var model = f.model(EuRiskCategory.HIGH, InternalRiskTier.HIGH);
        f.draft(model, "3.1");
        var overfitted = f.upload(model, "3.1", ValidationFixtures.overfitted());
        assertThat(evaluate(model, "3.1")).isEqualTo(GateResult.fail("Overfitting gap 0.165 (train ROC AUC 1.000, "
                + "test 0.835) exceeds the limit 0.05 (dataset " + hash(overfitted) + ")."));

        f.upload(model, "3.1", ValidationFixtures.wellFitted());
        assertThat(evaluate(model, "3.1").outcome()).isEqualTo(GateOutcome.PASS);
    }

    @Test
    void without_train_rows_the_gate_fails_and_says_why() {
        var f = fixtures();
        var model = f.model(EuRiskCategory.MINIMAL, InternalRiskTier.MEDIUM);
        f.draft(model, "1.0.0");
        var testOnly = f.upload(model, "1.0.0", ValidationFixtures.testOnly());
        assertThat(evaluate(model, "1.0.0")).isEqualTo(GateResult.fail(
                "No train rows: the overfitting gap cannot be measured (dataset " + hash(testOnly) + ")."));
    }

    @Test
    void low_risk_models_need_no_validation_but_see_the_figures() {
        var f = fixtures();
        var model = f.model(EuRiskCategory.MINIMAL, InternalRiskTier.LOW);
        f.draft(model, "1.0.0");
        assertThat(evaluate(model, "1.0.0")).isEqualTo(GateResult.notApplicable("Not required for low risk models."));
        var dataset = f.upload(model, "1.0.0", ValidationFixtures.overfitted());
        assertThat(evaluate(model, "1.0.0")).isEqualTo(GateResult.notApplicable("Not required for low risk models; "
                + "latest: test ROC AUC 0.835, overfitting gap 0.165 (dataset " + hash(dataset) + ")."));
    }

    @Test
    void the_approval_workflow_shows_the_gate_to_reviewers() {
        var f = fixtures();
        var model = f.model(EuRiskCategory.MINIMAL, InternalRiskTier.MEDIUM);
        f.draft(model, "1.0.0");
        f.upload(model, "1.0.0", ValidationFixtures.wellFitted());
        var shown = runAs.call("owner", Set.of(Role.BUSINESS_OWNER), () -> workflow.gates(model.id(), "1.0.0"));
        assertThat(shown).filteredOn(g -> g.gate().equals(Evidence.VALIDATION_METRICS.gateName()))
                .extracting(GateEvaluation::outcome).contains(GateOutcome.PASS);
    }
}
