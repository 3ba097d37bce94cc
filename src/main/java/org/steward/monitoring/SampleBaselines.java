package org.steward.monitoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.steward.dataset.DatasetPurged;
import org.steward.dataset.DatasetView;
import org.steward.dataset.Progress;
import org.steward.dataset.SampleAnalysis;
import org.steward.dataset.ScoredSample;
import org.steward.dataset.TaskType;
import org.steward.monitoring.MonitoringEvent.RawDataPurged;
import org.steward.register.ModelRegister;

/**
 * Every stored scored sample also becomes its version's monitoring baseline: its features, its output and (binary
 * models) its outcomes, all rows. A baseline sent through the API later supersedes it, and the other way round.
 * When the sample's raw data is purged (retention or erasure), so are the baseline's exact values.
 */
@Service
@Transactional
class SampleBaselines implements SampleAnalysis {

    private final MonitoringIngest ingest;
    private final ModelRegister register;
    private final MonitoringSettings settings;
    private final Baselines baselines;
    private final RawDataPurger purger;

    SampleBaselines(MonitoringIngest ingest, ModelRegister register, MonitoringSettings settings,
                    Baselines baselines, RawDataPurger purger) {
        this.ingest = ingest;
        this.register = register;
        this.settings = settings;
        this.baselines = baselines;
        this.purger = purger;
    }

    @Override
    public String name() {
        return "Monitoring baseline";
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    @PreAuthorize("hasAnyRole('MODEL_DEVELOPER', 'RISK_OFFICER')")
    public void analyse(DatasetView dataset, ScoredSample sample, Progress progress) {
        var rows = new ArrayList<ObservationRow>(sample.rows());
        var binary = sample.task() == TaskType.BINARY;
        for (int i = 0; i < sample.rows(); i++) {
            var cells = new LinkedHashMap<String, Cell>();
            for (var feature : sample.features()) {
                cells.put(feature.name(), feature.isNumeric() ? Cell.of(feature.numeric()[i])
                        : Cell.of(feature.categorical()[i]));
            }
            rows.add(new ObservationRow(null, cells, sample.output()[i], binary ? sample.outcome()[i] : null, null,
                    false));
        }
        var version = register.version(dataset.modelId(), dataset.versionLabel());
        ingest.store(version, BaselineBuilder.summarise(rows, settings.exactLimit()),
                "scored sample " + shorten(dataset.fileName()) + " (" + dataset.sha256().substring(0, 12) + ")",
                dataset.id());
        progress.step("Monitoring baseline recorded", 1);
    }

    /** The sample's raw data went: its baselines' exact values (its sorted rows, per feature) go with it. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(DatasetPurged purged) {
        var ids = baselines.findWithExactValuesFrom(purged.datasetId());
        if (!ids.isEmpty()) {
            purger.purge(purged.modelId(), List.of(), ids, purged.cause() == DatasetPurged.Cause.RETENTION
                    ? RawDataPurged.Cause.RETENTION : RawDataPurged.Cause.ERASURE, "raw data of scored sample "
                    + shorten(purged.fileName()) + " purged: " + purged.reason(), purged.actor());
        }
    }

    private static String shorten(String name) {
        return name.length() > 120 ? name.substring(0, 120) + "…" : name;
    }
}
