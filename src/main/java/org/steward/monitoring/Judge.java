package org.steward.monitoring;

import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.steward.monitoring.MonitoringEvent.AlertOpened;
import org.steward.monitoring.MonitoringEvent.RetrainingRequested;
import org.steward.validation.PerformanceReference;
import org.steward.validation.PerformanceReference.TestAuc;

/**
 * Evaluates a version's current window against its latest baseline under the model's current policy, stores the
 * evaluation, and opens an alert (raising a retraining request if the policy says so) when the status is RED and
 * the model has no open alert. The performance reference is the version's validation test AUC where there is one,
 * else the baseline's. It runs for users and for the schedule alike, so it checks no role itself.
 */
@Component
class Judge {

    /** The actor of what monitoring does on its own. */
    static final String SYSTEM = "steward";

    private final Baselines baselines;
    private final BaselineSummaries summaries;
    private final Batches batches;
    private final Observations observations;
    private final PolicyVersions policies;
    private final Evaluations evaluations;
    private final Alerts alerts;
    private final ServingPeriods servingPeriods;
    private final PerformanceReference references;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Judge(Baselines baselines, BaselineSummaries summaries, Batches batches, Observations observations,
          PolicyVersions policies, Evaluations evaluations, Alerts alerts, ServingPeriods servingPeriods,
          PerformanceReference references, ApplicationEventPublisher events, Clock clock) {
        this.baselines = baselines;
        this.summaries = summaries;
        this.batches = batches;
        this.observations = observations;
        this.policies = policies;
        this.evaluations = evaluations;
        this.alerts = alerts;
        this.servingPeriods = servingPeriods;
        this.references = references;
        this.events = events;
        this.clock = clock;
    }

    /** The stored evaluation, or empty when the version has no baseline or no batch yet. */
    @Transactional
    Optional<EvaluationSummary> evaluate(long versionId) {
        var baseline = baselines.findFirstByVersionIdOrderByIdDesc(versionId);
        if (baseline.isEmpty()) {
            return Optional.empty();
        }
        var b = baseline.get();
        var policy = policies.current(b.modelId());
        var latest = batches.findFirstByVersionIdAndRawPurgedAtIsNullOrderByIdDesc(versionId);
        if (latest.isEmpty()) {
            return Optional.empty();
        }
        // batches whose raw data was purged (erased on request) cannot be judged; the rest of the window is
        var sorted = window(versionId, policy.spec(), latest.get()).stream().filter(w -> !w.purged()).toList();
        var first = sorted.getFirst();
        var last = sorted.getLast();
        var result = judge(b, sorted, policy.spec(), policy.policyVersion());
        var at = clock.instant().truncatedTo(ChronoUnit.MICROS);
        var label = b.versionLabel();
        var saved = evaluations.save(new Evaluation(b.modelId(), versionId, label, b.id(), first.id(), last.id(),
                last.observedAt(), result, at));
        if (result.status() == MonitoringStatus.RED
                && alerts.findFirstByModelIdAndAcknowledgedAtIsNullOrderByIdDesc(b.modelId()).isEmpty()) {
            open(saved, policy.spec().retrainOnRed(), at);
        }
        return Optional.of(saved.summary());
    }

    private EvaluationResult judge(Baseline baseline, List<Batch> window, MonitoringPolicySpec spec, int version) {
        var rows = observations.ofBatches(window);
        var first = window.getFirst().observedAt();
        var last = window.getLast().observedAt();
        var from = spec.windowHours() == null ? first : last.minus(Duration.ofHours(spec.windowHours()));
        var serving = servingPeriods.overlapping(window.getLast().versionId(), from, last).stream()
                .map(ServingPeriod::view).toList();
        var reference = references.testAuc(baseline.modelId(), window.getLast().versionId());
        return Evaluator.evaluate(summaries.summary(baseline), new Window(rows, window.size(), first, last, serving),
                spec, version, reference.map(TestAuc::auc).orElse(null), reference.map(r -> "validation test split, "
                        + "sample " + r.sampleHash() + " of " + r.computedAt().toString().substring(0, 10)).orElse(""));
    }

    /** The policy's window ending with batch {@code last}, oldest batch first. */
    private List<Batch> window(long versionId, MonitoringPolicySpec spec, Batch last) {
        List<Batch> window;
        if (spec.windowHours() == null) {
            window = batches.findByVersionIdAndIdLessThanEqualOrderByIdDesc(versionId, last.id(),
                    PageRequest.of(0, spec.windowBatches()));
        } else {
            var since = last.observedAt().minus(Duration.ofHours(spec.windowHours()));
            window = batches.findByVersionIdAndIdLessThanEqualAndObservedAtAfterOrderByIdDesc(versionId, last.id(),
                    since);
        }
        return window.stream().sorted(Comparator.comparingLong(Batch::id)).toList();
    }

    /**
     * What-if: the model's last {@code limit} evaluations judged again under {@code spec}, each on the window the
     * spec gives ending with the same batch and against the same baseline. A window with a batch whose raw data was
     * purged is not replayed (it keeps its recorded status). Stores nothing.
     */
    @Transactional(readOnly = true)
    List<Replay> replay(long modelId, MonitoringPolicySpec spec, int limit) {
        var replays = new java.util.ArrayList<Replay>();
        for (var e : evaluations.findByModelIdOrderByIdDesc(modelId, PageRequest.of(0, limit))) {
            var was = e.summary();
            var baseline = baselines.findById(was.baselineId()).orElseThrow();
            var last = batches.findById(was.lastBatchId()).orElseThrow();
            var window = window(last.versionId(), spec, last);
            var purged = window.stream().map(Batch::purge).filter(java.util.Objects::nonNull)
                    .max(Comparator.comparing(RawDataPurge::at));
            if (purged.isPresent()) {
                replays.add(new Replay(was.id(), was.versionLabel(), was.windowEnd(), was.status(),
                        was.policyVersion(), was.status(), List.of("Raw data purged on "
                        + purged.get().at().truncatedTo(ChronoUnit.SECONDS) + ": not replayed"), false));
                continue;
            }
            var result = judge(baseline, window, spec, -1);
            var reasons = result.findings().stream().filter(f -> f.level() != MonitoringStatus.GREEN)
                    .map(EvaluationResult.Finding::reason).toList();
            replays.add(new Replay(was.id(), was.versionLabel(), was.windowEnd(), was.status(), was.policyVersion(),
                    result.status(), reasons, true));
        }
        return replays;
    }

    private void open(Evaluation evaluation, boolean retrain, java.time.Instant at) {
        var alert = alerts.save(new Alert(evaluation.modelId(), evaluation.id(), evaluation.versionLabel(),
                evaluation.reasons(), retrain, at));
        events.publishEvent(new AlertOpened(evaluation.modelId(), evaluation.versionLabel(), alert.id(),
                evaluation.id(), evaluation.reasons(), SYSTEM, at));
        if (retrain) {
            events.publishEvent(new RetrainingRequested(evaluation.modelId(), evaluation.versionLabel(), alert.id(),
                    evaluation.id(), evaluation.reasons(), SYSTEM, at));
        }
    }

    /** The versions with batches newer than their latest evaluation. */
    @Transactional(readOnly = true)
    List<Long> due() {
        return batches.versionsWithNewBatches();
    }
}
