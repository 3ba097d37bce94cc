package org.steward.audit;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.steward.identity.AccountChanged;
import org.steward.register.RegisterEvent;

/** Writes every register and account event to the change log, in the same transaction as the change itself. */
@Component
class ChangeRecorder {

    private final ChangeLog log;

    ChangeRecorder(ChangeLog log) {
        this.log = log;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(RegisterEvent event) {
        log.save(new ChangeLogEntry(event.modelId(), "model:" + event.modelId(), event.kind(), event.summary(),
                event.actor(), event.at()));
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(AccountChanged event) {
        log.save(new ChangeLogEntry(null, "user:" + event.username(), event.kind(), event.summary(), event.actor(),
                event.at()));
    }
}
