package org.steward.monitoring;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One evaluation's quality, operational and performance figures, for the monitoring trend charts. */
public record TrendPoint(Instant windowEnd, MonitoringStatus status, double missingRate, double outOfRangeRate,
                         double unseenRate, double errorRate, @Nullable Double latencyP50, @Nullable Double latencyP95,
                         @Nullable Double latencyP99, @Nullable Double auc, @Nullable Double referenceAuc) {

    static TrendPoint of(EvaluationSummary evaluation, EvaluationResult r) {
        var q = r.quality();
        var o = r.operational();
        var p = r.performance();
        return new TrendPoint(evaluation.windowEnd(), evaluation.status(), q.missingRate(),
                q.outOfRangeRate(), q.unseenRate(), o.errorRate(), o.latencyP50(), o.latencyP95(), o.latencyP99(),
                p == null ? null : p.auc(), p == null ? null : p.referenceAuc());
    }
}
