package org.steward.fairness;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.steward.approval.RiskLevel;
import org.steward.base.ConflictException;
import org.steward.base.NotFoundException;
import org.steward.dataset.DatasetView;
import org.steward.dataset.Datasets;
import org.steward.dataset.Progress;
import org.steward.dataset.SampleAnalysis;
import org.steward.dataset.ScoredSample;
import org.steward.fairness.measure.BootstrapSettings;
import org.steward.fairness.measure.FairnessData;
import org.steward.fairness.measure.FairnessEvaluation;
import org.steward.identity.CurrentUser;
import org.steward.identity.Role;
import org.steward.register.ModelRegister;

/**
 * Fairness audits of model versions. As a {@link SampleAnalysis} it audits every stored scored sample that has
 * sensitive attributes against the current fairness policy of the model's risk level: computed outside any
 * transaction, stored immutably in one short transaction with its {@link FairnessAuditRecorded} event. A sample
 * without sensitive attributes (or without rows to audit) is skipped with the reason reported and nothing stored.
 * Binary models are audited fully; multiclass and regression models get their per-group accuracy or mean absolute
 * error, and the policy's measures, which need binary decisions, are recorded as not evaluable.
 */
@Service
@Transactional(readOnly = true)
public class FairnessAudits implements SampleAnalysis {

    private static final String AUDITORS = "hasAnyRole('MODEL_DEVELOPER', 'RISK_OFFICER')";

    private final StoredAudits audits;
    private final StoredPolicies policies;
    private final ModelRegister register;
    private final Datasets datasets;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate writing;
    private final TransactionTemplate reading;
    private final Clock clock;

    FairnessAudits(StoredAudits audits, StoredPolicies policies, ModelRegister register, Datasets datasets,
                   CurrentUser currentUser, ApplicationEventPublisher events, PlatformTransactionManager transactions,
                   Clock clock) {
        this.audits = audits;
        this.policies = policies;
        this.register = register;
        this.datasets = datasets;
        this.currentUser = currentUser;
        this.events = events;
        this.writing = new TransactionTemplate(transactions);
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
        this.clock = clock;
    }

    @Override
    public String name() {
        return "Fairness audit";
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    @PreAuthorize(AUDITORS)
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public void analyse(DatasetView dataset, ScoredSample sample, Progress progress) {
        progress.step("Reading the fairness policy", 0);
        var plan = plan(dataset, sample);
        if (plan.skipped() != null) {
            progress.step(plan.skipped() + ": no fairness audit", 1);
            return;
        }
        audit(dataset, plan, progress);
    }

    /**
     * Audits a stored sample again with the current policy of the model's risk level, e.g. after the policy
     * changed; the earlier audits stay as they were.
     */
    @PreAuthorize(AUDITORS)
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public FairnessAuditSummary reaudit(long datasetId) {
        var dataset = datasets.get(datasetId);
        var plan = plan(dataset, datasets.sample(datasetId));
        if (plan.skipped() != null) {
            throw new ConflictException(plan.skipped() + ": nothing to audit.");
        }
        return audit(dataset, plan, Progress.NONE);
    }

    /** Whether the signed-in user may re-audit (model developers and risk officers). */
    @PreAuthorize("isAuthenticated()")
    public boolean canReaudit() {
        return currentUser.has(Role.MODEL_DEVELOPER) || currentUser.has(Role.RISK_OFFICER);
    }

    /** Whether the signed-in user may read audits (everyone but end users). */
    @PreAuthorize("isAuthenticated()")
    public boolean canRead() {
        return currentUser.roles().stream().anyMatch(r -> r != Role.END_USER);
    }

    /** The latest audit of a version, if any. */
    @PreAuthorize(FairnessPolicies.READERS)
    public Optional<FairnessAuditView> latest(long modelId, long versionId) {
        return audits.findFirstByModelIdAndVersionIdOrderByIdDesc(modelId, versionId).map(StoredAudit::view);
    }

    /** A model's audits, newest first. */
    @PreAuthorize(FairnessPolicies.READERS)
    public List<FairnessAuditSummary> history(long modelId, Pageable page) {
        return audits.findByModelIdOrderByIdDesc(modelId, PageRequest.of(page.getPageNumber(), page.getPageSize()))
                .map(StoredAudit::summary).getContent();
    }

    @PreAuthorize(FairnessPolicies.READERS)
    public long count(long modelId) {
        return audits.countByModelId(modelId);
    }

    @PreAuthorize(FairnessPolicies.READERS)
    public FairnessAuditView get(long id) {
        return audits.findById(id).map(StoredAudit::view)
                .orElseThrow(() -> new NotFoundException("No fairness audit " + id + "."));
    }

    /** The latest audit of each version whose re-audit is due, most overdue first. */
    @PreAuthorize(FairnessPolicies.READERS)
    public List<FairnessAuditSummary> dueAudits(Pageable page) {
        return audits.findDue(clock.instant(), PageRequest.of(page.getPageNumber(), page.getPageSize())).stream()
                .map(StoredAudit::summary).toList();
    }

    @PreAuthorize(FairnessPolicies.READERS)
    public long countDue() {
        return audits.countDue(clock.instant());
    }

    /** What to audit and by which policy, or why the sample cannot be audited. */
    private record Plan(RiskLevel risk, StoredPolicy policy, FairnessData data, @Nullable String skipped) {
    }

    private Plan plan(DatasetView dataset, ScoredSample sample) {
        var risk = RiskLevel.of(register.get(dataset.modelId()).details());
        var policy = reading.execute(status -> policies.current(risk));
        var rows = policy.spec().rows();
        var data = FairnessData.of(sample, rows);
        String skipped = null;
        if (sample.sensitive().isEmpty()) {
            skipped = "The sample (dataset " + dataset.shortHash() + ") has no sensitive attributes";
        } else if (data.rows() == 0) {
            skipped = "The sample (dataset " + dataset.shortHash() + ") has no rows in the "
                    + rows.label().toLowerCase(Locale.ROOT) + ", which the " + risk.label().toLowerCase(Locale.ROOT)
                    + " fairness policy audits";
        }
        return new Plan(risk, policy, data, skipped);
    }

    private FairnessAuditSummary audit(DatasetView dataset, Plan plan, Progress progress) {
        progress.step("Computing group rates and bootstrap intervals", 0.1);
        var result = FairnessEvaluation.evaluate(plan.data(), plan.policy().spec(),
                BootstrapSettings.withSeed(seed(dataset.sha256())));
        if (progress.cancelled()) {
            throw new CancellationException("The fairness audit was cancelled; nothing was stored.");
        }
        progress.step("Storing the audit", 0.9);
        var summary = writing.execute(status -> {
            var actor = currentUser.username();
            var at = clock.instant().truncatedTo(ChronoUnit.MICROS);
            var saved = audits.save(new StoredAudit(dataset.id(), dataset.modelId(), dataset.versionId(),
                    dataset.versionLabel(), dataset.sha256(), plan.policy(), result, actor, at)).summary();
            events.publishEvent(new FairnessAuditRecorded(dataset.modelId(), dataset.versionId(),
                    dataset.versionLabel(), saved.id(), dataset.id(), dataset.sha256(), plan.risk(),
                    plan.policy().policyVersion(), result.verdict(), result.failing(), actor, at));
            return saved;
        });
        progress.step("Fairness audit: " + result.verdict().label(), 1);
        return Objects.requireNonNull(summary);
    }

    /** The seed of the bootstrap, from the sample's hash: auditing the same file again gives the same intervals. */
    static long seed(String sha256) {
        return Long.parseUnsignedLong(sha256.substring(0, 16), 16);
    }
}
