package org.steward.approval;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.steward.register.ApprovalStatus;
import org.steward.register.BusinessObjective;
import org.steward.register.EuRiskCategory;
import org.steward.register.InternalRiskTier;
import org.steward.register.ModelDetails;
import org.steward.register.ModelView;
import org.steward.register.VersionView;

/** Each gate on its own, the risk levels and the per-level policy. */
class EvidenceGatesTest {

    private final Gates gates = new Gates();

    private static ModelView model(ModelDetails d) {
        return new ModelView(1, d, "dev", Instant.EPOCH, Instant.EPOCH, 0);
    }

    private static VersionView version(boolean lineage) {
        return new VersionView(1, 1, ApprovalFixtures.version("1.0.0", lineage), ApprovalStatus.DRAFT, "dev",
                Instant.EPOCH, Instant.EPOCH, 0);
    }

    private static GateContext ctx(ModelDetails d, boolean lineage) {
        return new GateContext(model(d), version(lineage), RiskLevel.of(d));
    }

    private static ModelDetails complete() {
        return ApprovalFixtures.details("Gate test", "owner", EuRiskCategory.MINIMAL, InternalRiskTier.LOW);
    }

    private static ModelDetails with(ModelDetails d, BusinessObjective objective, List<org.steward.register.Kpi> kpis,
                                     String justification, EuRiskCategory eu, InternalRiskTier tier) {
        return new ModelDetails(d.name(), d.description(), d.businessDomain(), d.owner(), d.developerTeam(),
                objective, kpis, eu, tier, justification, d.intendedUse(), d.outOfScopeUse(), d.tags(),
                d.reviewDate());
    }

    @Test
    void objective_gate_needs_a_complete_objective_and_a_kpi() {
        var d = complete();
        assertThat(gates.objectiveGate().evaluate(ctx(d, true)).outcome()).isEqualTo(GateOutcome.PASS);
        var noKpi = with(d, d.objective(), List.of(), d.riskJustification(), d.euRiskCategory(), d.internalRiskTier());
        assertThat(gates.objectiveGate().evaluate(ctx(noKpi, true)))
                .extracting(GateResult::outcome, GateResult::reason)
                .containsExactly(GateOutcome.FAIL, "No KPI recorded: name at least one KPI with its target.");
        var partial = with(d, new BusinessObjective("Problem", null, "People"), d.kpis(), d.riskJustification(),
                d.euRiskCategory(), d.internalRiskTier());
        assertThat(gates.objectiveGate().evaluate(ctx(partial, true)).outcome()).isEqualTo(GateOutcome.FAIL);
    }

    @Test
    void risk_justification_gate_needs_a_justification() {
        var d = complete();
        assertThat(gates.riskJustificationGate().evaluate(ctx(d, true)).outcome()).isEqualTo(GateOutcome.PASS);
        var blank = with(d, d.objective(), d.kpis(), " ", d.euRiskCategory(), d.internalRiskTier());
        assertThat(gates.riskJustificationGate().evaluate(ctx(blank, true)).outcome()).isEqualTo(GateOutcome.FAIL);
    }

    @Test
    void lineage_gate_needs_both_hashes() {
        assertThat(gates.lineageGate().evaluate(ctx(complete(), true)).outcome()).isEqualTo(GateOutcome.PASS);
        assertThat(gates.lineageGate().evaluate(ctx(complete(), false)))
                .extracting(GateResult::outcome, GateResult::reason)
                .containsExactly(GateOutcome.FAIL,
                        "No artifact SHA-256 or training-data SHA-256 recorded for version 1.0.0.");
    }

    @ParameterizedTest
    @EnumSource(Evidence.class)
    void evidence_that_cannot_be_recorded_yet_fails_where_the_policy_requires_it(Evidence evidence) {
        var gate = new Gates.PendingEvidenceGate(evidence);
        var d = complete();
        var high = with(d, d.objective(), d.kpis(), d.riskJustification(), EuRiskCategory.HIGH, InternalRiskTier.LOW);
        var medium = with(d, d.objective(), d.kpis(), d.riskJustification(), EuRiskCategory.MINIMAL,
                InternalRiskTier.MEDIUM);

        assertThat(gate.name()).isEqualTo(evidence.gateName());
        assertThat(gate.evaluate(ctx(high, true)))
                .isEqualTo(GateResult.fail("No " + evidence.noun() + " recorded yet; High risk models need one."));
        assertThat(gate.evaluate(ctx(medium, true)).outcome()).isEqualTo(
                EvidencePolicy.requires(RiskLevel.MEDIUM, evidence) ? GateOutcome.FAIL : GateOutcome.NOT_APPLICABLE);
        assertThat(gate.evaluate(ctx(d, true)).outcome()).isEqualTo(GateOutcome.NOT_APPLICABLE);
    }

    @Test
    void policy_per_risk_level() {
        assertThat(List.of(Evidence.values())).allMatch(e -> EvidencePolicy.requires(RiskLevel.HIGH, e));
        assertThat(List.of(Evidence.values())).filteredOn(e -> EvidencePolicy.requires(RiskLevel.MEDIUM, e))
                .containsExactly(Evidence.MODEL_CARD, Evidence.VALIDATION_METRICS, Evidence.MONITORING_BASELINE);
        assertThat(List.of(Evidence.values())).noneMatch(e -> EvidencePolicy.requires(RiskLevel.LOW, e));
        assertThat(EvidencePolicy.mayOverrideFailedGates(RiskLevel.LOW)).isTrue();
        assertThat(EvidencePolicy.mayOverrideFailedGates(RiskLevel.MEDIUM)).isFalse();
        assertThat(EvidencePolicy.mayOverrideFailedGates(RiskLevel.HIGH)).isFalse();
        assertThat(EvidencePolicy.needsRiskOfficerApproval(RiskLevel.HIGH)).isTrue();
        assertThat(EvidencePolicy.needsRiskOfficerApproval(RiskLevel.MEDIUM)).isFalse();
    }

    @Test
    void risk_level_from_eu_category_and_internal_tier() {
        var d = complete();
        assertThat(level(d, EuRiskCategory.MINIMAL, InternalRiskTier.LOW)).isEqualTo(RiskLevel.LOW);
        assertThat(level(d, EuRiskCategory.LIMITED, InternalRiskTier.LOW)).isEqualTo(RiskLevel.LOW);
        assertThat(level(d, EuRiskCategory.MINIMAL, InternalRiskTier.MEDIUM)).isEqualTo(RiskLevel.MEDIUM);
        assertThat(level(d, EuRiskCategory.MINIMAL, InternalRiskTier.HIGH)).isEqualTo(RiskLevel.HIGH);
        assertThat(level(d, EuRiskCategory.HIGH, InternalRiskTier.LOW)).isEqualTo(RiskLevel.HIGH);
        assertThat(level(d, EuRiskCategory.PROHIBITED, InternalRiskTier.LOW)).isEqualTo(RiskLevel.HIGH);
    }

    private static RiskLevel level(ModelDetails d, EuRiskCategory eu, InternalRiskTier tier) {
        return RiskLevel.of(with(d, d.objective(), d.kpis(), d.riskJustification(), eu, tier));
    }
}
