package org.steward.monitoring;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steward.base.NotFoundException;
import org.steward.base.PermissionDeniedException;
import org.steward.base.Validation;
import org.steward.identity.CurrentUser;
import org.steward.identity.Role;
import org.steward.monitoring.EvaluationResult.FeatureDrift;
import org.steward.monitoring.MonitoringEvent.AlertAcknowledged;
import org.steward.register.ModelRegister;

/**
 * Monitoring as users read and act on it: baselines, the status timeline, evaluations with their drift table,
 * evaluating now, and alerts the model's business owner acknowledges.
 */
@Service
@Transactional(readOnly = true)
public class Monitoring {

    static final String READERS =
            "hasAnyRole('ADMIN', 'BUSINESS_OWNER', 'MODEL_DEVELOPER', 'RISK_OFFICER', 'AUDITOR')";

    private final ModelRegister register;
    private final Baselines baselines;
    private final BaselineSummaries summaries;
    private final Batches batches;
    private final Evaluations evaluations;
    private final Alerts alerts;
    private final Judge judge;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Monitoring(ModelRegister register, Baselines baselines, BaselineSummaries summaries, Batches batches,
               Evaluations evaluations, Alerts alerts, Judge judge, CurrentUser currentUser,
               ApplicationEventPublisher events, Clock clock) {
        this.register = register;
        this.baselines = baselines;
        this.summaries = summaries;
        this.batches = batches;
        this.evaluations = evaluations;
        this.alerts = alerts;
        this.judge = judge;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** Whether the signed-in user may read monitoring (everyone but end users). */
    @PreAuthorize("isAuthenticated()")
    public boolean canRead() {
        return currentUser.roles().stream().anyMatch(r -> r != Role.END_USER);
    }

    @PreAuthorize(READERS)
    public Optional<BaselineView> baseline(long modelId, String label) {
        var version = register.version(modelId, label);
        return baselines.findFirstByVersionIdOrderByIdDesc(version.id()).map(summaries::view);
    }

    /** The model's latest evaluation with its full result. */
    @PreAuthorize(READERS)
    public Optional<EvaluationView> latest(long modelId) {
        register.get(modelId);
        return evaluations.findFirstByModelIdOrderByIdDesc(modelId).map(this::view);
    }

    @PreAuthorize(READERS)
    public EvaluationView evaluation(long id) {
        var evaluation = evaluations.findById(id).orElseThrow(() -> new NotFoundException(
                "There is no monitoring evaluation " + id + "."));
        register.get(evaluation.modelId());
        return view(evaluation);
    }

    private EvaluationView view(Evaluation evaluation) {
        return evaluation.view(batches.lastPurgeBetween(evaluation.versionId(), evaluation.firstBatchId(),
                evaluation.lastBatchId()).orElse(null));
    }

    /** The status timeline, newest first. */
    @PreAuthorize(READERS)
    public List<EvaluationSummary> timeline(long modelId, Pageable page) {
        register.get(modelId);
        return evaluations.findByModelIdOrderByIdDesc(modelId, page).stream().map(Evaluation::summary).toList();
    }

    /** Most evaluations a trend shows. */
    public static final int TREND_MAX = 60;

    /** The figures of the model's last {@code last} evaluations (at most {@link #TREND_MAX}), oldest first. */
    @PreAuthorize(READERS)
    public List<TrendPoint> trend(long modelId, int last) {
        register.get(modelId);
        var page = PageRequest.of(0, Math.clamp(last, 1, TREND_MAX));
        return evaluations.findByModelIdOrderByIdDesc(modelId, page).reversed().stream()
                .map(e -> TrendPoint.of(e.summary(), e.result())).toList();
    }

    @PreAuthorize(READERS)
    public long countEvaluations(long modelId) {
        register.get(modelId);
        return evaluations.countByModelId(modelId);
    }

    /**
     * A page of an evaluation's drift table; sorted by severity (most severe first) unless the page sorts by
     * "name"; sorting by "severity" ascending puts the least severe first.
     */
    @PreAuthorize(READERS)
    public List<FeatureDrift> drift(long evaluationId, Pageable page) {
        var features = evaluation(evaluationId).result().features();
        Comparator<FeatureDrift> order = Comparator.comparingDouble(FeatureDrift::severity).reversed()
                .thenComparing(FeatureDrift::name);
        var sort = page.getSort().stream().findFirst();
        if (sort.isPresent()) {
            var by = sort.get();
            order = by.getProperty().equals("name") ? Comparator.comparing(FeatureDrift::name)
                    : Comparator.comparingDouble(FeatureDrift::severity).thenComparing(FeatureDrift::name);
            if (by.getDirection() == Sort.Direction.DESC) {
                order = order.reversed();
            }
        }
        return features.stream().sorted(order).skip(page.getOffset()).limit(page.getPageSize()).toList();
    }

    /** The model's latest status, if it was evaluated; reads the status column only, for lists. */
    @PreAuthorize(READERS)
    public Optional<MonitoringStatus> status(long modelId) {
        return evaluations.statusesOf(modelId, PageRequest.of(0, 1)).stream()
                .findFirst();
    }

    /**
     * The model's latest status and when it was judged, for everyone who may see the model: end users read it, in
     * words, on the model's card.
     */
    @PreAuthorize("isAuthenticated()")
    public Optional<EvaluationSummary> health(long modelId) {
        register.get(modelId);
        return evaluations.findFirstByModelIdOrderByIdDesc(modelId).map(Evaluation::summary);
    }

    /** Evaluates the version's current window now; empty without a baseline or batches. */
    @PreAuthorize("hasAnyRole('MODEL_DEVELOPER', 'RISK_OFFICER')")
    @Transactional
    public Optional<EvaluationSummary> evaluateNow(long modelId, String label) {
        return judge.evaluate(register.version(modelId, label).id());
    }

    /** Most evaluations a what-if replays. */
    public static final int REPLAY_MAX = 100;

    /**
     * What-if: how the proposed policy would have judged the model's last {@value #REPLAY_MAX} evaluations, before
     * anyone adopts it; nothing is stored.
     */
    @PreAuthorize(READERS)
    public List<Replay> whatIf(long modelId, MonitoringPolicySpec proposed) {
        register.get(modelId);
        var errors = new LinkedHashMap<String, String>();
        proposed.problems().forEach((field, problem) -> errors.put("spec." + field, problem));
        Validation.throwIfAny(errors);
        return judge.replay(modelId, proposed, REPLAY_MAX);
    }

    @PreAuthorize(READERS)
    public List<AlertView> alerts(long modelId) {
        register.get(modelId);
        return alerts.findByModelIdOrderByIdDesc(modelId).stream().map(Alert::view).toList();
    }

    /** A page of the model's alerts, newest first. */
    @PreAuthorize(READERS)
    public List<AlertView> alerts(long modelId, Pageable page) {
        register.get(modelId);
        return alerts.findByModelIdOrderByIdDesc(modelId, PageRequest.of(page.getPageNumber(), page.getPageSize()))
                .stream().map(Alert::view).toList();
    }

    @PreAuthorize(READERS)
    public long countAlerts(long modelId) {
        register.get(modelId);
        return alerts.countByModelId(modelId);
    }

    @PreAuthorize(READERS)
    public Optional<AlertView> openAlert(long modelId) {
        register.get(modelId);
        return alerts.findFirstByModelIdAndAcknowledgedAtIsNullOrderByIdDesc(modelId).map(Alert::view);
    }

    /** The open alerts of the models the signed-in user owns (business owners), newest first. */
    @PreAuthorize("isAuthenticated()")
    public List<OwnedAlert> myOpenAlerts(Pageable page) {
        var mine = ownModels();
        if (mine.isEmpty()) {
            return List.of();
        }
        return alerts.findByModelIdInAndAcknowledgedAtIsNullOrderByIdDesc(mine.keySet(),
                        PageRequest.of(page.getPageNumber(), page.getPageSize())).stream()
                .map(a -> new OwnedAlert(mine.get(a.modelId()), a.view())).toList();
    }

    @PreAuthorize("isAuthenticated()")
    public long countMyOpenAlerts() {
        var mine = ownModels();
        return mine.isEmpty() ? 0 : alerts.countByModelIdInAndAcknowledgedAtIsNull(mine.keySet());
    }

    private Map<Long, String> ownModels() {
        return register.myOwnedModels();
    }

    /** Whether the signed-in user is the model's business owner, who acknowledges its alerts. */
    @PreAuthorize("isAuthenticated()")
    public boolean canAcknowledge(long modelId) {
        return currentUser.has(Role.BUSINESS_OWNER)
                && register.get(modelId).details().owner().equals(currentUser.username());
    }

    /** The model's business owner acknowledges an open alert with a comment of at least 10 characters. */
    @PreAuthorize("hasRole('BUSINESS_OWNER')")
    @Transactional
    public AlertView acknowledge(long alertId, long expectedVersion, String comment) {
        var alert = alerts.require(alertId);
        var model = register.get(alert.modelId());
        var actor = currentUser.username();
        if (!model.details().owner().equals(actor)) {
            throw new PermissionDeniedException("Only the model's business owner (" + model.details().owner()
                    + ") acknowledges its monitoring alerts.");
        }
        var why = comment == null ? "" : comment.strip();
        var errors = new LinkedHashMap<String, String>();
        if (why.length() < Alert.COMMENT_MIN) {
            errors.put("comment", "say what you will do about it in at least " + Alert.COMMENT_MIN + " characters");
        } else if (why.length() > Alert.COMMENT_MAX) {
            errors.put("comment", "at most " + Alert.COMMENT_MAX + " characters");
        }
        Validation.throwIfAny(errors);
        if (alert.view().version() != expectedVersion) {
            throw new org.steward.base.ConflictException("Alert " + alertId + " changed since you read it; reload it.");
        }
        var at = clock.instant().truncatedTo(ChronoUnit.MICROS);
        alert.acknowledge(actor, why, at);
        alerts.flush();
        events.publishEvent(new AlertAcknowledged(alert.modelId(), alertId, why, actor, at));
        return alert.view();
    }
}
