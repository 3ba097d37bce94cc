package org.steward.fairness;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.steward.approval.ApprovalWorkflow;
import org.steward.approval.Evidence;
import org.steward.approval.GateContext;
import org.steward.approval.GateOutcome;
import org.steward.approval.GateResult;
import org.steward.approval.RiskLevel;
import org.steward.dataset.Datasets;
import org.steward.dataset.Progress;
import org.steward.fairness.measure.FairnessPolicySpec;
import org.steward.identity.Role;
import org.steward.identity.RunAs;
import org.steward.register.EuRiskCategory;
import org.steward.register.InternalRiskTier;
import org.steward.register.ModelDetails;
import org.steward.register.ModelRegister;
import org.steward.register.ModelView;

/**
 * The "Fairness audit fresh" gate against real uploads, evaluated without anybody signed in: gates run inside the
 * approval calls of any reviewer and must not need a role of their own.
 */
@SpringBootTest
class FairnessGateTest {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

    @Autowired
    FairnessGate gate;

    @Autowired
    FairnessAudits audits;

    @Autowired
    FairnessPolicies policies;

    @Autowired
    StoredAudits stored;

    @Autowired
    StoredPolicies storedPolicies;

    @Autowired
    RunAs runAs;

    @Autowired
    ModelRegister register;

    @Autowired
    ApprovalWorkflow workflow;

    @Autowired
    Datasets datasets;

    private FairnessFixtures f() {
        return new FairnessFixtures(runAs, register, workflow, datasets);
    }

    private GateResult evaluate(ModelView model, String label) {
        var current = runAs.call("auditor", Set.of(Role.AUDITOR), () -> register.get(model.id()));
        var version = runAs.call("auditor", Set.of(Role.AUDITOR), () -> register.version(model.id(), label));
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
        return gate.evaluate(new GateContext(current, version, RiskLevel.of(current.details())));
    }

    private FairnessAuditSummary latest(ModelView model, String label) {
        return f().as("auditor", Role.AUDITOR, () -> audits.latest(model.id(),
                register.version(model.id(), label).id())).orElseThrow().audit();
    }

    private int highPolicyVersion() {
        return f().as("auditor", Role.AUDITOR, () -> policies.current(RiskLevel.HIGH)).version();
    }

    @Test
    void the_gate_is_named_after_the_evidence() {
        assertThat(gate.name()).isEqualTo(Evidence.FAIRNESS_AUDIT.gateName()).isEqualTo("Fairness audit fresh");
    }

    @Test
    void a_high_risk_version_without_an_audit_fails_with_what_to_do() {
        var f = f();
        var model = f.model(RiskLevel.HIGH);
        f.draft(model, "1.0.0");

        assertThat(evaluate(model, "1.0.0")).isEqualTo(GateResult.fail("No fairness audit for v1.0.0: upload a "
                + "scored sample with sensitive-attribute columns in Evaluation data (samples without them are not "
                + "audited)."));
    }

    @Test
    void a_fresh_passing_audit_passes_and_names_age_policy_and_dataset() {
        var f = f();
        var model = f.model(RiskLevel.HIGH);
        f.draft(model, "1.0.0");
        f.upload(model, "1.0.0", FairnessFixtures.fair());
        var audit = latest(model, "1.0.0");

        var result = evaluate(model, "1.0.0");

        assertThat(result).isEqualTo(GateResult.pass("Fairness audit passed 0 days ago (policy v"
                + audit.policyVersion() + ", dataset " + audit.shortHash() + "); re-audit due "
                + DAY.format(audit.dueAt()) + "."));
        var viaWorkflow = f.as("dev", Role.MODEL_DEVELOPER, () -> workflow.gates(model.id(), "1.0.0"));
        assertThat(viaWorkflow).anySatisfy(g -> {
            assertThat(g.gate()).isEqualTo("Fairness audit fresh");
            assertThat(g.outcome()).isEqualTo(GateOutcome.PASS);
        });
    }

    @Test
    void a_failed_audit_fails_with_the_failing_measures() {
        var f = f();
        var model = f.model(RiskLevel.HIGH);
        f.draft(model, "1.0.0");
        f.upload(model, "1.0.0", FairnessFixtures.unfair());
        var audit = latest(model, "1.0.0");

        var result = evaluate(model, "1.0.0");

        assertThat(result.outcome()).isEqualTo(GateOutcome.FAIL);
        assertThat(result.reason()).startsWith("Fairness audit of v1.0.0 failed (policy v" + audit.policyVersion()
                + ", dataset " + audit.shortHash() + "): Demographic parity ratio on sex: ");
        assertThat(result.reason()).isEqualTo("Fairness audit of v1.0.0 failed (policy v" + audit.policyVersion()
                + ", dataset " + audit.shortHash() + "): " + String.join("; ", audit.findings()) + ".");
    }

    @Test
    void an_audit_older_than_the_policy_allows_fails() {
        var f = f();
        var model = f.model(RiskLevel.HIGH);
        f.draft(model, "1.0.0");
        f.upload(model, "1.0.0", FairnessFixtures.fair());
        var fresh = f.as("auditor", Role.AUDITOR, () -> audits.get(latest(model, "1.0.0").id()));
        Backdating.store(stored, storedPolicies, fresh, "1.0.0", 200);

        var result = evaluate(model, "1.0.0");

        assertThat(result.outcome()).isEqualTo(GateOutcome.FAIL);
        assertThat(result.reason()).startsWith("The fairness audit of v1.0.0 is 200 days old; the high risk policy "
                + "requires one younger than 180 days").endsWith(": re-audit it or upload a new scored sample.");
    }

    @Test
    void an_audit_under_another_risk_level_or_an_older_policy_version_must_be_repeated() {
        var f = f();
        var model = f.model(RiskLevel.MEDIUM);
        f.draft(model, "1.0.0");
        f.upload(model, "1.0.0", FairnessFixtures.fair());
        var d = model.details();
        var raised = new ModelDetails(d.name(), d.description(), d.businessDomain(), d.owner(), d.developerTeam(),
                d.objective(), d.kpis(), EuRiskCategory.HIGH, InternalRiskTier.HIGH, d.riskJustification(),
                d.intendedUse(), d.outOfScopeUse(), d.tags(), d.reviewDate());
        var high = f.as("dev", Role.MODEL_DEVELOPER, () -> register.update(model.id(), model.version(), raised));

        var underMedium = evaluate(high, "1.0.0");

        assertThat(underMedium.outcome()).isEqualTo(GateOutcome.FAIL);
        assertThat(underMedium.reason()).startsWith("The latest fairness audit of v1.0.0 was judged by the medium "
                + "risk policy v").contains("; the current high risk policy is v" + highPolicyVersion()
                + ": re-audit with the current policy");

        var dataset = latest(high, "1.0.0").datasetId();
        f.as("risk", Role.RISK_OFFICER, () -> audits.reaudit(dataset));
        assertThat(evaluate(high, "1.0.0").outcome()).isEqualTo(GateOutcome.PASS);

        var initial = f.as("auditor", Role.AUDITOR, () -> policies.current(RiskLevel.HIGH));
        var s = initial.spec();
        var stricter = new FairnessPolicySpec(s.limits(), s.referenceMode(), s.referenceGroups(), s.minGroupSize(),
                s.intersections(), s.reauditDays() - 1, s.rows());
        var changed = f.as("risk", Role.RISK_OFFICER, () -> policies.change(RiskLevel.HIGH, initial.version(),
                stricter, "Gate test: a new policy version."));
        try {
            var underOldVersion = evaluate(high, "1.0.0");
            assertThat(underOldVersion.outcome()).isEqualTo(GateOutcome.FAIL);
            assertThat(underOldVersion.reason()).contains("was judged by the high risk policy v" + initial.version()
                    + "; the current high risk policy is v" + changed.version());
        } finally {
            f.as("risk", Role.RISK_OFFICER, () -> policies.change(RiskLevel.HIGH, changed.version(), s,
                    "Gate test: back to the policy before the test."));
        }
    }

    @Test
    void where_the_policy_does_not_require_it_the_gate_does_not_apply_but_tells_the_verdict() {
        var f = f();
        var model = f.model(RiskLevel.MEDIUM);
        f.draft(model, "1.0.0");
        f.draft(model, "2.0.0");
        f.upload(model, "1.0.0", FairnessFixtures.unfair());
        var audit = latest(model, "1.0.0");

        assertThat(evaluate(model, "1.0.0")).isEqualTo(GateResult.notApplicable("Not required for medium risk "
                + "models; latest audit: Fail (policy v" + audit.policyVersion() + ", dataset " + audit.shortHash()
                + ")."));
        assertThat(evaluate(model, "2.0.0")).isEqualTo(GateResult.notApplicable("Not required for medium risk "
                + "models."));
    }

    @Test
    void a_not_evaluable_audit_fails_with_the_reason() {
        var f = f();
        var model = f.model(RiskLevel.HIGH);
        f.draft(model, "1.0.0");
        f.upload(model, "1.0.0", FairnessFixtures.multiclass(), FairnessFixtures.MULTICLASS,
                Progress.NONE);

        var result = evaluate(model, "1.0.0");

        assertThat(result.outcome()).isEqualTo(GateOutcome.FAIL);
        assertThat(result.reason()).contains("could not be evaluated").contains("defined for binary classifiers "
                + "only; this is a multiclass model");
    }
}
