package org.steward.explain;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import org.steward.base.ConflictException;
import org.steward.base.NotFoundException;
import org.steward.base.Sha256;
import org.steward.dataset.DatasetView;
import org.steward.dataset.Datasets;
import org.steward.dataset.Progress;
import org.steward.dataset.SampleAnalysis;
import org.steward.dataset.ScoredSample;
import org.steward.explain.method.DecisionExplanation;
import org.steward.explain.method.ExplanationCalculator;
import org.steward.explain.method.ExplanationReport;
import org.steward.explain.method.ExplanationReport.Kind;
import org.steward.explain.method.ExplanationSettings;
import org.steward.explain.method.ImportedAttributions;
import org.steward.explain.method.Surrogate;
import org.steward.identity.CurrentUser;
import org.steward.identity.Role;
import org.steward.register.ModelRegister;
import tools.jackson.databind.json.JsonMapper;

/**
 * Explanations of model versions. As a {@link SampleAnalysis} it explains every stored scored sample of a binary or
 * regression model with features, outside any transaction, and stores the result, immutable, in one short
 * transaction with its {@link ExplanationComputed} event. Developers may import their own attributions instead;
 * single decisions are explained with the stored surrogate.
 */
@Service
@Transactional(readOnly = true)
public class Explanations implements SampleAnalysis {

    static final String READERS =
            "hasAnyRole('ADMIN', 'BUSINESS_OWNER', 'MODEL_DEVELOPER', 'RISK_OFFICER', 'AUDITOR')";
    static final String COMPUTERS = "hasAnyRole('MODEL_DEVELOPER', 'RISK_OFFICER')";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int TOP_CONTRIBUTIONS = 5;
    private static final int CACHED_SURROGATES = 8;

    private final StoredExplanations results;
    private final SurrogateContents surrogates;
    private final Datasets datasets;
    private final ModelRegister register;
    private final ExplanationSettings settings;
    private final ExplanationConfiguration.AdditivityTolerance tolerance;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate writing;
    private final Clock clock;
    private final Map<Long, Surrogate> cache = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Surrogate> eldest) {
            return size() > CACHED_SURROGATES;
        }
    });

    Explanations(StoredExplanations results, SurrogateContents surrogates, Datasets datasets, ModelRegister register,
                 ExplanationSettings settings, ExplanationConfiguration.AdditivityTolerance tolerance,
                 CurrentUser currentUser, ApplicationEventPublisher events, PlatformTransactionManager transactions,
                 Clock clock) {
        this.results = results;
        this.surrogates = surrogates;
        this.datasets = datasets;
        this.register = register;
        this.settings = settings;
        this.tolerance = tolerance;
        this.currentUser = currentUser;
        this.events = events;
        this.writing = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @Override
    public String name() {
        return "Explanation";
    }

    @Override
    public int order() {
        return 30;
    }

    /** Explains the sample (no transaction held meanwhile) and stores the result; other samples are skipped. */
    @Override
    @PreAuthorize(COMPUTERS)
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public void analyse(DatasetView dataset, ScoredSample sample, Progress progress) {
        if (!ExplanationCalculator.explains(sample)) {
            progress.step(skipReason(sample) + ": no explanation", 1);
            return;
        }
        compute(dataset, sample, progress);
    }

    /** Explains a stored sample again; the earlier explanations stay as they were. */
    @PreAuthorize(COMPUTERS)
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public ExplanationView recompute(long datasetId, Progress progress) {
        progress.step("Reading the stored sample", 0);
        var dataset = datasets.get(datasetId);
        var sample = datasets.sample(datasetId);
        if (!ExplanationCalculator.explains(sample)) {
            throw new ConflictException(skipReason(sample) + ": nothing to explain.");
        }
        return compute(dataset, sample, progress);
    }

    /**
     * Checks per-row attributions from the developer's pipeline against a stored sample and stores their summary.
     * Shape or additivity that does not match is refused with {@link org.steward.base.InvalidInputException}, and
     * nothing is stored.
     */
    @PreAuthorize("hasRole('MODEL_DEVELOPER')")
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public ExplanationView importAttributions(long datasetId, byte[] bytes, String fileName,
                                              ImportedAttributions.Link link) {
        var dataset = datasets.get(datasetId);
        var sample = datasets.sample(datasetId);
        var text = StandardCharsets.UTF_8.decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        var report = ImportedAttributions.read(new java.io.StringReader(text), sample, link, tolerance.value(),
                settings);
        return store(dataset, report, null, fileName(fileName), Sha256.hex(bytes));
    }

    private ExplanationView compute(DatasetView dataset, ScoredSample sample, Progress progress) {
        var result = ExplanationCalculator.compute(sample, settings, progress);
        return store(dataset, result.report(), result.surrogate(), null, null);
    }

    private ExplanationView store(DatasetView dataset, ExplanationReport report, @Nullable Surrogate surrogate,
                                  @Nullable String attributionFile, @Nullable String attributionSha) {
        var bytes = surrogate == null ? null : surrogate.bytes();
        return writing.execute(status -> {
            var actor = currentUser.username();
            var at = clock.instant().truncatedTo(ChronoUnit.MICROS);
            var saved = results.save(new StoredExplanation(dataset, report, JSON.writeValueAsString(report),
                    attributionFile, attributionSha, actor, at));
            if (bytes != null) {
                surrogates.save(new SurrogateContent(saved.id(), bytes));
            }
            var view = saved.view(report);
            events.publishEvent(new ExplanationComputed(view.modelId(), view.versionId(), view.versionLabel(),
                    view.id(), view.datasetId(), view.datasetSha256(), view.kind(), view.fidelity(), view.reliable(),
                    actor, at));
            return view;
        });
    }

    /**
     * Explains one decision of a version with the surrogate of its latest surrogate explanation. End users may ask
     * for versions they can see (approved or deployed).
     */
    @PreAuthorize("isAuthenticated()")
    public DecisionExplanation explain(long modelId, String label, Map<String, @Nullable Object> features) {
        var version = register.version(modelId, label);
        var stored = results.findFirstByVersionIdAndKindOrderByIdDesc(version.id(), Kind.SURROGATE)
                .orElseThrow(() -> new NotFoundException("No surrogate explanation for version " + label
                        + " yet: upload a scored sample with its feature columns mapped."));
        var report = parse(stored);
        var surrogate = cache.computeIfAbsent(stored.id(), id -> Surrogate.of(surrogates.findById(id)
                .orElseThrow(() -> new IllegalStateException("Explanation " + id + " has no stored surrogate"))
                .content()));
        return DecisionExplanation.of(surrogate, java.util.Objects.requireNonNull(report.fidelity()),
                report.target(), features, TOP_CONTRIBUTIONS);
    }

    /** The latest explanation of a version, if any. */
    @PreAuthorize(READERS)
    public Optional<ExplanationView> latest(long versionId) {
        return results.findFirstByVersionIdOrderByIdDesc(versionId).map(Explanations::view);
    }

    /** The latest explanation of a version given by its label; a version that does not exist is not found. */
    @PreAuthorize(READERS)
    public Optional<ExplanationView> latest(long modelId, String label) {
        return latest(register.version(modelId, label).id());
    }

    /** A model's explanations, newest first. */
    @PreAuthorize(READERS)
    public List<ExplanationView> history(long modelId, Pageable page) {
        return results.findByModelIdOrderByIdDesc(modelId, PageRequest.of(page.getPageNumber(), page.getPageSize()))
                .map(Explanations::view).getContent();
    }

    @PreAuthorize(READERS)
    public long count(long modelId) {
        return results.countByModelId(modelId);
    }

    @PreAuthorize(READERS)
    public ExplanationView get(long id) {
        return results.findById(id).map(Explanations::view)
                .orElseThrow(() -> new NotFoundException("No explanation " + id + "."));
    }

    /** The versions of a model that have explanations, the most recently explained first. */
    @PreAuthorize(READERS)
    public List<ExplainedVersion> explainedVersions(long modelId) {
        return results.explainedVersions(modelId);
    }

    /** Whether the signed-in user may read explanations (everyone but end users). */
    @PreAuthorize("isAuthenticated()")
    public boolean canRead() {
        return currentUser.roles().stream().anyMatch(r -> r != Role.END_USER);
    }

    /** Whether the signed-in user may recompute explanations (model developers and risk officers). */
    @PreAuthorize("isAuthenticated()")
    public boolean canRecompute() {
        return currentUser.has(Role.MODEL_DEVELOPER) || currentUser.has(Role.RISK_OFFICER);
    }

    /** Whether the signed-in user may import attributions (model developers). */
    @PreAuthorize("isAuthenticated()")
    public boolean canImport() {
        return currentUser.has(Role.MODEL_DEVELOPER);
    }

    /** The fidelity below which explanations are marked not reliable. */
    public double reliableFidelity() {
        return settings.reliableFidelity();
    }

    /** The name without any folder a browser sent along, and not too long for its column. */
    private static String fileName(String given) {
        var name = given.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).strip();
        if (name.isEmpty()) {
            return "attributions.csv";
        }
        return name.length() > 255 ? name.substring(name.length() - 255) : name;
    }

    private static String skipReason(ScoredSample sample) {
        return sample.features().isEmpty() ? "No feature columns are mapped in this sample"
                : "Explanations of multiclass models are not supported yet";
    }

    static ExplanationView view(StoredExplanation stored) {
        return stored.view(parse(stored));
    }

    private static ExplanationReport parse(StoredExplanation stored) {
        return JSON.readValue(stored.report(), ExplanationReport.class);
    }
}
