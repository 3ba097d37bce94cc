package org.steward.approval;

import java.util.ArrayList;
import java.util.function.Function;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/**
 * The approval module's own gates. The basic three check what the register records; the pending ones stand for
 * evidence later features will record, and honestly fail where the risk policy requires it. Features that record
 * evidence declare their gates themselves (model card, validation metrics, fairness audits, explanations, cost
 * estimates, monitoring baseline).
 */
@Configuration(proxyBeanMethods = false)
class Gates {

    @Bean
    @Order(1)
    EvidenceGate objectiveGate() {
        return new NamedGate("Business objective and KPIs", ctx -> {
            var d = ctx.model().details();
            if (!d.objective().isComplete()) {
                return GateResult.fail("The business objective is incomplete: state the problem, the decision "
                        + "supported and the affected parties.");
            }
            if (d.kpis().isEmpty()) {
                return GateResult.fail("No KPI recorded: name at least one KPI with its target.");
            }
            return GateResult.pass("Objective complete; " + d.kpis().size() + " KPI(s) with targets.");
        });
    }

    @Bean
    @Order(2)
    EvidenceGate riskJustificationGate() {
        return new NamedGate("Risk justification", ctx -> ctx.model().details().riskJustification().isBlank()
                ? GateResult.fail("No written justification of the risk tier.")
                : GateResult.pass("Risk tier justified in writing."));
    }

    @Bean
    @Order(3)
    EvidenceGate lineageGate() {
        return new NamedGate("Lineage recorded", ctx -> {
            var v = ctx.version().details();
            var missing = new ArrayList<String>();
            if (v.artifactSha256() == null) {
                missing.add("artifact SHA-256");
            }
            if (v.trainingDataSha256() == null) {
                missing.add("training-data SHA-256");
            }
            return missing.isEmpty()
                    ? GateResult.pass("Artifact and training data are pinned by SHA-256.")
                    : GateResult.fail("No " + String.join(" or ", missing) + " recorded for version " + v.label()
                            + ".");
        });
    }

    /** A gate defined by its name and a check. */
    record NamedGate(String name, Function<GateContext, GateResult> check) implements EvidenceGate {
        @Override
        public GateResult evaluate(GateContext ctx) {
            return check.apply(ctx);
        }
    }

    /** Evidence that cannot be recorded yet: required by the policy means FAIL, otherwise not applicable. */
    record PendingEvidenceGate(Evidence evidence) implements EvidenceGate {
        @Override
        public String name() {
            return evidence.gateName();
        }

        @Override
        public GateResult evaluate(GateContext ctx) {
            return EvidencePolicy.requires(ctx.risk(), evidence)
                    ? GateResult.fail("No " + evidence.noun() + " recorded yet; " + ctx.risk().label()
                            + " models need one.")
                    : GateResult.notApplicable("Not required for " + ctx.risk().label().toLowerCase() + " models.");
        }
    }
}
