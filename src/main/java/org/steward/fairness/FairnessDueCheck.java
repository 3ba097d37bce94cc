package org.steward.fairness;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every {@code steward.fairness.due-check} (cron, default hourly) announces each version's latest fairness audit
 * whose re-audit date passed as {@link FairnessAuditDue}, once per audit (a conditional update makes sure of it,
 * also with several instances). Announcing renews nothing: only a new audit does.
 */
@Component
class FairnessDueCheck {

    private static final Logger LOG = LoggerFactory.getLogger(FairnessDueCheck.class);
    private static final int BATCH = 200;

    private final StoredAudits audits;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final Clock clock;

    FairnessDueCheck(StoredAudits audits, ApplicationEventPublisher events, PlatformTransactionManager transactions,
                     Clock clock) {
        this.audits = audits;
        this.events = events;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @Scheduled(cron = "${steward.fairness.due-check:0 0 * * * *}")
    @SchedulerLock(name = "fairness-due-check", lockAtMostFor = "30m", lockAtLeastFor = "10s")
    void run() {
        try {
            var announced = announceDue();
            if (announced > 0) {
                LOG.info("Announced {} fairness audit(s) due for a re-audit", announced);
            }
        } catch (RuntimeException e) {
            LOG.warn("The fairness due check failed; it runs again at the next scheduled time", e);
        }
    }

    /**
     * Announces every due audit not announced yet, in batches, each audit in a transaction of its own with its
     * event; returns how many this call announced.
     */
    int announceDue() {
        var now = clock.instant();
        var announced = 0;
        List<Long> due;
        do {
            due = Objects.requireNonNullElse(tx.execute(status -> audits.findDueUnannounced(now,
                    PageRequest.of(0, BATCH))), List.of());
            for (var id : due) {
                if (Boolean.TRUE.equals(tx.execute(status -> announce(id, now)))) {
                    announced++;
                }
            }
        } while (due.size() == BATCH);
        return announced;
    }

    private boolean announce(long id, Instant now) {
        if (audits.markAnnounced(id, now) != 1) {
            return false;
        }
        var a = audits.findById(id).orElseThrow().summary();
        events.publishEvent(new FairnessAuditDue(a.modelId(), a.versionId(), a.versionLabel(), a.id(),
                a.auditedAt(), a.dueAt(), FairnessAuditDue.SYSTEM, now));
        return true;
    }
}
