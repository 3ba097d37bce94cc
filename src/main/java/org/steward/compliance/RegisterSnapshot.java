package org.steward.compliance;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.steward.base.GovernanceEvent;
import org.steward.compliance.check.ModelCompliance;

/**
 * The whole register assessed now, kept for a minute so that a dashboard's counts, charts and grid pages agree and
 * do not each walk the register again; any governance event, once committed, drops it. Only full-register readers
 * (risk officers, auditors) ask for it, so one copy serves them all.
 */
@Component
class RegisterSnapshot {

    static final Duration TTL = Duration.ofMinutes(1);

    private final RegisterRun run;
    private final Assessments assessments;
    private volatile @Nullable Snapshot snapshot;

    private record Snapshot(Instant at, List<ModelCompliance> models) {
    }

    RegisterSnapshot(RegisterRun run, Assessments assessments) {
        this.run = run;
        this.assessments = assessments;
    }

    /** Every model's compliance as of at most {@link #TTL} ago. */
    List<ModelCompliance> models() {
        var now = assessments.now();
        var s = snapshot;
        if (s == null || s.at().plus(TTL).isBefore(now) || s.at().isAfter(now)) {
            s = new Snapshot(now, run.assessAll(now, true, assessments.verifyLedger()));
            snapshot = s;
        }
        return s.models();
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMPLETION, fallbackExecution = true)
    void on(GovernanceEvent event) {
        snapshot = null;
    }
}
