package org.steward.dataset;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.steward.base.ConflictException;
import org.steward.base.NotFoundException;

/**
 * Deletes the raw data of one dataset and marks its row purged, with its {@link DatasetPurged} event, in the
 * caller's transaction. The row, its hash and every result derived from it stay.
 */
@Component
class Purger {

    private final StoredDatasets datasets;
    private final DatasetContents contents;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Purger(StoredDatasets datasets, DatasetContents contents, ApplicationEventPublisher events, Clock clock) {
        this.datasets = datasets;
        this.contents = contents;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    DatasetView purge(long datasetId, DatasetPurged.Cause cause, String reason, String actor) {
        var dataset = datasets.findById(datasetId)
                .orElseThrow(() -> new NotFoundException("Dataset " + datasetId + " is not in the register."));
        if (dataset.purged()) {
            throw new ConflictException("The raw data of dataset " + datasetId + " was already purged.");
        }
        var at = clock.instant().truncatedTo(ChronoUnit.MICROS);
        contents.deleteById(datasetId);
        dataset.purge(at, actor, reason);
        var view = datasets.saveAndFlush(dataset).view();
        events.publishEvent(new DatasetPurged(view.modelId(), view.id(), view.versionLabel(), view.fileName(),
                view.sha256(), cause, reason, actor, at));
        return view;
    }
}
