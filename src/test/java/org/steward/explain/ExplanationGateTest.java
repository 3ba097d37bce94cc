package org.steward.explain;

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
 * The approval gate on explanations against real uploads, evaluated without anybody signed in: gates run inside
 * approval calls of any reviewer and must not need a role of their own.
 */
@SpringBootTest
class ExplanationGateTest {

    @Autowired
    ExplanationGate gate;

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

    private ExplanationFixtures fixtures() {
        return new ExplanationFixtures(runAs, register, workflow, datasets);
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
    void the_gate_is_the_only_explanation_gate() {
        assertThat(gate.name()).isEqualTo(Evidence.EXPLANATION.gateName())
                .isEqualTo("Explanation present and reliable");
        assertThat(gates).filteredOn(g -> g.name().equals(gate.name())).containsExactly(gate);
    }

    @Test
    void a_required_explanation_that_is_missing_fails_with_what_to_do() {
        var f = fixtures();
        var model = f.model(EuRiskCategory.HIGH, InternalRiskTier.HIGH);
        f.draft(model, "1.2");
        assertThat(evaluate(model, "1.2")).isEqualTo(GateResult.fail("No explanation for v1.2: upload a scored "
                + "sample with its feature columns mapped in Evaluation data, or import attributions."));
    }

    @Test
    void an_unreliable_explanation_fails_until_a_reliable_one_is_stored() {
        var f = fixtures();
        var model = f.model(EuRiskCategory.HIGH, InternalRiskTier.HIGH);
        f.draft(model, "2.0");
        var noise = f.upload(model, "2.0", ExplanationFixtures.noise(ExplanationFixtures.ROWS));
        var failed = evaluate(model, "2.0");
        assertThat(failed.outcome()).isEqualTo(GateOutcome.FAIL);
        assertThat(failed.reason()).startsWith("The latest explanation of v2.0 is not reliable: surrogate fidelity R² ")
                .endsWith(" (dataset " + hash(noise) + "), below 0.80.");

        var linear = f.upload(model, "2.0", ExplanationFixtures.linear(ExplanationFixtures.ROWS));
        var passed = evaluate(model, "2.0");
        assertThat(passed.outcome()).isEqualTo(GateOutcome.PASS);
        assertThat(passed.reason()).startsWith("Reliable explanation of v2.0: surrogate fidelity R² 0.9")
                .endsWith(" (dataset " + hash(linear) + ").");
    }

    @Test
    void where_not_required_the_gate_does_not_apply_and_names_the_latest_result() {
        var f = fixtures();
        var model = f.model(EuRiskCategory.MINIMAL, InternalRiskTier.MEDIUM);
        f.draft(model, "1.0.0");
        f.upload(model, "1.0.0", ExplanationFixtures.noise(ExplanationFixtures.ROWS));
        var result = evaluate(model, "1.0.0");
        assertThat(result.outcome()).isEqualTo(GateOutcome.NOT_APPLICABLE);
        assertThat(result.reason()).startsWith("Not required for medium risk models; latest: surrogate fidelity R² ");
    }
}
