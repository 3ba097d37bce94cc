package org.steward.monitoring;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every {@code steward.monitoring.evaluation-interval} (default 5 minutes) evaluates each version that received
 * batches since its last evaluation. ShedLock's database lock lets one node at a time run it.
 */
@Component
class EvaluationSchedule {

    private static final Logger LOG = LoggerFactory.getLogger(EvaluationSchedule.class);

    private final Judge judge;

    EvaluationSchedule(Judge judge) {
        this.judge = judge;
    }

    @Scheduled(fixedDelayString = "${steward.monitoring.evaluation-interval:5m}",
            initialDelayString = "${steward.monitoring.evaluation-interval:5m}")
    @SchedulerLock(name = "monitoring-evaluation", lockAtMostFor = "30m", lockAtLeastFor = "10s")
    void run() {
        evaluateDue();
    }

    /** Evaluates every version with new batches; returns how many evaluations it stored. */
    int evaluateDue() {
        int stored = 0;
        for (var versionId : judge.due()) {
            try {
                if (judge.evaluate(versionId).isPresent()) {
                    stored++;
                }
            } catch (RuntimeException e) {
                LOG.warn("Monitoring evaluation of version {} failed; it is retried at the next run", versionId, e);
            }
        }
        return stored;
    }
}
