package org.steward.audit;

import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.steward.base.GovernanceEvent;

/** Writes every governance event to the change log, in the same transaction as the change itself. */
@Component
class ChangeRecorder {

    private static final String MODEL_SUBJECT = "model:";

    private final ChangeLog log;

    ChangeRecorder(ChangeLog log) {
        this.log = log;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(GovernanceEvent event) {
        log.save(new ChangeLogEntry(modelId(event.subject()), event.subject(), event.kind(), event.summary(),
                event.actor(), event.at()));
    }

    /** Events about a model (subject {@code model:<id>}) show in that model's history. */
    private static @Nullable Long modelId(String subject) {
        if (!subject.startsWith(MODEL_SUBJECT)) {
            return null;
        }
        try {
            return Long.parseLong(subject.substring(MODEL_SUBJECT.length()));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
