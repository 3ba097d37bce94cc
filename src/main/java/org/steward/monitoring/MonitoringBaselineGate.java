package org.steward.monitoring;

import java.util.Locale;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.steward.approval.Evidence;
import org.steward.approval.EvidenceGate;
import org.steward.approval.EvidencePolicy;
import org.steward.approval.GateContext;
import org.steward.approval.GateResult;

/**
 * The approval gate "Monitoring baseline": where the risk policy requires one, the version needs a recorded
 * baseline with at least one feature. Gates run inside every approver's call, so it reads the baselines directly.
 */
@Component
@Order(14)
class MonitoringBaselineGate implements EvidenceGate {

    private final Baselines baselines;

    MonitoringBaselineGate(Baselines baselines) {
        this.baselines = baselines;
    }

    @Override
    public String name() {
        return Evidence.MONITORING_BASELINE.gateName();
    }

    @Override
    @Transactional(readOnly = true)
    public GateResult evaluate(GateContext ctx) {
        // the plain counts on the row: no need to open the sealed summary
        var baseline = baselines.findFirstByVersionIdOrderByIdDesc(ctx.version().id());
        var described = baseline.map(b -> "baseline " + b.id() + " of " + b.rowCount() + " rows and "
                + b.featureCount() + " features from " + b.source());
        if (!EvidencePolicy.requires(ctx.risk(), Evidence.MONITORING_BASELINE)) {
            var notRequired = "Not required for " + ctx.risk().label().toLowerCase(Locale.ROOT) + " models";
            return GateResult.notApplicable(described.map(d -> notRequired + "; " + d + ".").orElse(notRequired + "."));
        }
        if (baseline.isEmpty()) {
            var label = ctx.version().label();
            return GateResult.fail("No monitoring baseline for version " + label + ": send one (PUT /api/v1/models/"
                    + ctx.model().id() + "/versions/" + label + "/monitoring/baseline) or upload a scored sample in "
                    + "Evaluation data.");
        }
        if (baseline.get().featureCount() == 0) {
            return GateResult.fail("The monitoring baseline of version " + ctx.version().label()
                    + " has no features; drift cannot be judged against it.");
        }
        return GateResult.pass("Monitoring " + described.orElseThrow() + ".");
    }
}
