package org.steward.validation;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.steward.base.NotFoundException;
import org.steward.dataset.DatasetView;
import org.steward.dataset.Progress;
import org.steward.dataset.SampleAnalysis;
import org.steward.dataset.ScoredSample;
import org.steward.identity.CurrentUser;
import org.steward.identity.Role;
import org.steward.register.ModelRegister;
import tools.jackson.databind.json.JsonMapper;

/**
 * Validation metrics of model versions. As a {@link SampleAnalysis} it computes the report of every stored scored
 * sample outside any transaction and stores it, immutable, in one short transaction with its
 * {@link ValidationComputed} event; full-register readers read the results.
 */
@Service
@Transactional(readOnly = true)
public class ValidationResults implements SampleAnalysis {

    static final String READERS =
            "hasAnyRole('ADMIN', 'BUSINESS_OWNER', 'MODEL_DEVELOPER', 'RISK_OFFICER', 'AUDITOR')";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final StoredValidations results;
    private final ModelRegister register;
    private final ValidationSettings settings;
    private final ValidationConfiguration.GapLimit gapLimit;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate writing;
    private final Clock clock;

    ValidationResults(StoredValidations results, ModelRegister register, ValidationSettings settings,
                      ValidationConfiguration.GapLimit gapLimit, CurrentUser currentUser, ApplicationEventPublisher events,
                      PlatformTransactionManager transactions, Clock clock) {
        this.results = results;
        this.register = register;
        this.settings = settings;
        this.gapLimit = gapLimit;
        this.currentUser = currentUser;
        this.events = events;
        this.writing = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @Override
    public String name() {
        return "Validation metrics";
    }

    @Override
    public int order() {
        return 10;
    }

    /** Computes the report of the sample (no transaction held meanwhile) and stores it as a new result. */
    @Override
    @PreAuthorize("hasAnyRole('MODEL_DEVELOPER', 'RISK_OFFICER')")
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public void analyse(DatasetView dataset, ScoredSample sample, Progress progress) {
        var report = new ValidationCalculator().compute(sample, settings, progress);
        if (progress.cancelled()) {
            throw new CancellationException("Validation metrics were cancelled; nothing was stored.");
        }
        writing.executeWithoutResult(status -> store(dataset, report));
    }

    private void store(DatasetView dataset, ValidationReport report) {
        var actor = currentUser.username();
        var at = clock.instant();
        var saved = results.save(new StoredValidation(dataset.id(), dataset.modelId(), dataset.versionId(),
                dataset.versionLabel(), dataset.fileName(), dataset.sha256(), report, JSON.writeValueAsString(report),
                actor, at));
        events.publishEvent(new ValidationComputed(dataset.modelId(), dataset.versionId(), dataset.versionLabel(),
                saved.id(), dataset.id(), dataset.sha256(), report.primaryMetric(), report.gap().test(),
                report.gap().value(), actor, at));
    }

    /** The latest result of a version, if any. */
    @PreAuthorize(READERS)
    public Optional<ValidationView> latest(long modelId, long versionId) {
        return results.findFirstByModelIdAndVersionIdOrderByIdDesc(modelId, versionId).map(ValidationResults::view);
    }

    /** The latest result of a version given by its label; a version that does not exist is not found. */
    @PreAuthorize(READERS)
    public Optional<ValidationView> latest(long modelId, String label) {
        return latest(modelId, register.version(modelId, label).id());
    }

    /** A model's results, newest first. */
    @PreAuthorize(READERS)
    public List<ValidationView> history(long modelId, Pageable page) {
        return results.findByModelIdOrderByIdDesc(modelId, PageRequest.of(page.getPageNumber(), page.getPageSize()))
                .map(ValidationResults::view).getContent();
    }

    @PreAuthorize(READERS)
    public long count(long modelId) {
        return results.countByModelId(modelId);
    }

    @PreAuthorize(READERS)
    public ValidationView get(long id) {
        return results.findById(id).map(ValidationResults::view)
                .orElseThrow(() -> new NotFoundException("No validation result " + id + "."));
    }

    /** The versions of a model that have results, the most recently validated first. */
    @PreAuthorize(READERS)
    public List<ValidatedVersion> validatedVersions(long modelId) {
        return results.validatedVersions(modelId);
    }

    /** Whether the signed-in user may read validation results (everyone but end users). */
    @PreAuthorize("isAuthenticated()")
    public boolean canRead() {
        return currentUser.roles().stream().anyMatch(r -> r != Role.END_USER);
    }

    /** The largest overfitting gap the approval gate accepts. */
    public double maxOverfittingGap() {
        return gapLimit.value();
    }

    static ValidationView view(StoredValidation r) {
        return new ValidationView(r.id(), r.datasetId(), r.modelId(), r.versionId(), r.versionLabel(),
                r.datasetFile(), r.datasetSha256(), r.task(), r.primaryMetric(), r.primaryTrainValue(),
                r.primaryTestValue(), r.overfittingGap(), r.method(), r.computedBy(), r.computedAt(),
                JSON.readValue(r.report(), ValidationReport.class));
    }
}
