package org.steward.dataset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.function.LongConsumer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;
import org.steward.base.ConflictException;
import org.steward.base.NotFoundException;
import org.steward.base.Sha256;
import org.steward.identity.CurrentUser;
import org.steward.identity.Role;
import org.steward.register.ApprovalStatus;
import org.steward.register.ModelRegister;
import org.steward.register.VersionView;

/**
 * Evaluation datasets of model versions: inspect an uploaded scored sample, store it validated and compressed
 * (once per version, file and mapping), list and read what is stored, and run every {@link SampleAnalysis} on it.
 * Uploads hold no database transaction while reading the file or analysing it: the sample is stored in one short
 * transaction of its own, with its {@link DatasetUploaded} event, and each analysis commits its own result.
 */
@Service
@Transactional(readOnly = true)
public class Datasets {

    private static final String READERS =
            "hasAnyRole('ADMIN', 'BUSINESS_OWNER', 'MODEL_DEVELOPER', 'RISK_OFFICER', 'AUDITOR')";
    private static final Sort NEWEST_FIRST = Sort.by(Sort.Direction.DESC, "uploadedAt", "id");
    private static final String DEFAULT_FILE_NAME = "sample.csv";
    private static final double READ_FROM = 0.05;
    private static final double READ_TO = 0.3;
    private static final double ANALYSES_FROM = 0.4;

    private final StoredDatasets datasets;
    private final DatasetContents contents;
    private final ModelRegister register;
    private final CurrentUser currentUser;
    private final AnalysisRunner analyses;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate writing;
    private final TransactionTemplate reading;
    private final DatasetLimits limits;
    private final StoredContent stored;
    private final Clock clock;

    Datasets(StoredDatasets datasets, DatasetContents contents, ModelRegister register, CurrentUser currentUser,
             AnalysisRunner analyses, ApplicationEventPublisher events, PlatformTransactionManager transactions,
             DatasetLimits limits, StoredContent stored, Clock clock) {
        this.datasets = datasets;
        this.contents = contents;
        this.register = register;
        this.currentUser = currentUser;
        this.analyses = analyses;
        this.events = events;
        this.writing = new TransactionTemplate(transactions);
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
        this.limits = limits;
        this.stored = stored;
        this.clock = clock;
    }

    /** Whether the signed-in user may see datasets (everyone but end users). */
    @PreAuthorize("isAuthenticated()")
    public boolean canRead() {
        return currentUser.roles().stream().anyMatch(r -> r != Role.END_USER);
    }

    /** Whether the signed-in user may upload samples (model developers). */
    @PreAuthorize("isAuthenticated()")
    public boolean canUpload() {
        return currentUser.has(Role.MODEL_DEVELOPER);
    }

    /** Whether the signed-in user may re-run the analyses of a sample (model developers and risk officers). */
    @PreAuthorize("isAuthenticated()")
    public boolean canRerun() {
        return currentUser.has(Role.MODEL_DEVELOPER) || currentUser.has(Role.RISK_OFFICER);
    }

    @PreAuthorize("isAuthenticated()")
    public DataSize maxUploadSize() {
        return limits.maxUploadSize();
    }

    /** A first look at a file for a version: its columns, a preview and a suggested mapping. Stores nothing. */
    @PreAuthorize("hasRole('MODEL_DEVELOPER')")
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public Inspection inspect(long modelId, String versionLabel, Path file, String fileName) {
        uploadableVersion(modelId, versionLabel);
        checkSize(file);
        return SampleInspector.inspect(file, cleanFileName(fileName));
    }

    /**
     * Validates the file against the mapping, stores it (without its dropped columns) and runs the analyses. An
     * identical earlier upload (same version, file and mapping) is returned instead, and nothing is stored. On any
     * problem with the file or mapping nothing is stored and {@link org.steward.base.InvalidInputException} lists
     * the problems; a cancel before the sample is stored ends in {@link UploadCancelledException}.
     */
    @PreAuthorize("hasRole('MODEL_DEVELOPER')")
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public UploadOutcome upload(long modelId, String versionLabel, Path file, String fileName, ColumnMapping mapping,
                                Progress progress) {
        progress.step("Checking the version and the file", 0);
        var version = uploadableVersion(modelId, versionLabel);
        var name = cleanFileName(fileName);
        var size = checkSize(file);
        var normalised = MappingCheck.normalise(mapping);
        var mappingJson = DatasetJson.of(normalised);
        var mappingSha = Sha256.hex(mappingJson);
        progress.step("Computing the SHA-256 of the file", 0.02);
        var sha = SampleArchive.sha256(file);
        var existing = find(version.id(), sha, mappingSha);
        if (existing.isPresent()) {
            progress.step("This file was already stored with this mapping", 1);
            return new UploadOutcome(existing.get(), true, AnalysisRun.NONE);
        }
        var step = "Reading and validating the sample";
        progress.step(step, READ_FROM);
        var sample = SampleReader.read(file, normalised, readProgress(progress, step, size));
        progress.step("Compressing the sample", READ_TO);
        var archived = SampleArchive.write(file, normalised);
        if (progress.cancelled()) {
            throw new UploadCancelledException();
        }
        progress.step("Storing the sample", ANALYSES_FROM - 0.02);
        var dataset = new Dataset(modelId, version.id(), version.label(), name, sha, size, archived.gzip().length,
                sample.rows(), archived.schema().size(), DatasetJson.of(archived.schema()), mappingJson, mappingSha,
                // the databases keep microseconds: the view returned now equals the one read later
                normalised.task(), currentUser.username(), clock.instant().truncatedTo(ChronoUnit.MICROS));
        DatasetView view;
        try {
            view = store(dataset, archived.gzip(), normalised.dropped());
        } catch (DataIntegrityViolationException e) {
            // someone stored the same file with the same mapping while this one was being read
            var stored = find(version.id(), sha, mappingSha).orElseThrow(() -> e);
            progress.step("This file was already stored with this mapping", 1);
            return new UploadOutcome(stored, true, AnalysisRun.NONE);
        }
        return new UploadOutcome(view, false, analyses.run(view, sample, progress, ANALYSES_FROM, 1));
    }

    @PreAuthorize(READERS)
    public DatasetView get(long datasetId) {
        return dataset(datasetId).view();
    }

    /**
     * Whether the raw data of a dataset was purged, and when, for pages that show results derived from it (also to
     * users who may not read datasets themselves): "raw data purged on …".
     */
    @PreAuthorize("isAuthenticated()")
    public Optional<DatasetView.Purge> purgeOf(long datasetId) {
        return Optional.ofNullable(dataset(datasetId).view().purge());
    }

    /** The note results derived from a purged dataset carry, or empty while its raw data is stored. */
    @PreAuthorize("isAuthenticated()")
    public Optional<String> purgeNote(long datasetId) {
        return purgeOf(datasetId).map(p -> "Raw data purged on " + p.at().truncatedTo(ChronoUnit.MINUTES)
                .toString().replace('T', ' ').replace("Z", " UTC") + " (" + p.reason() + "); these results and the "
                + "dataset's SHA-256 stay.");
    }

    /** The columns of a stored sample, with their kind and role. */
    @PreAuthorize(READERS)
    public List<DatasetColumn> schema(long datasetId) {
        return DatasetJson.schema(dataset(datasetId).schema());
    }

    /** The datasets of a model, newest first unless the page says otherwise. */
    @PreAuthorize(READERS)
    public List<DatasetView> list(long modelId, Pageable page) {
        register.get(modelId);
        var request = page.getSort().isSorted() ? page
                : PageRequest.of(page.getPageNumber(), page.getPageSize(), NEWEST_FIRST);
        return datasets.findByModelId(modelId, request).map(Dataset::view).getContent();
    }

    @PreAuthorize(READERS)
    public long count(long modelId) {
        register.get(modelId);
        return datasets.countByModelId(modelId);
    }

    /** The stored sample, read again with the mapping it was stored with. */
    @PreAuthorize(READERS)
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public ScoredSample sample(long datasetId) {
        return load(datasetId);
    }

    /** Runs every analysis on a stored sample again; each stores a new result. */
    @PreAuthorize("hasAnyRole('MODEL_DEVELOPER', 'RISK_OFFICER')")
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public AnalysisRun rerun(long datasetId, Progress progress) {
        progress.step("Reading the stored sample", 0);
        var view = reading.execute(status -> dataset(datasetId).view());
        var sample = load(datasetId);
        return analyses.run(view, sample, progress, 0.1, 1);
    }

    private ScoredSample load(long datasetId) {
        var raw = reading.execute(status -> {
            var dataset = dataset(datasetId);
            return new Stored(DatasetJson.mapping(dataset.mapping()), stored.gzip(dataset));
        });
        try (var in = SampleArchive.open(raw.gzip())) {
            return SampleReader.read(in, raw.mapping());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read stored dataset " + datasetId, e);
        }
    }

    private record Stored(ColumnMapping mapping, byte[] gzip) {
    }

    private DatasetView store(Dataset dataset, byte[] gzip, List<String> dropped) {
        return writing.execute(status -> {
            var saved = datasets.saveAndFlush(dataset);
            var sealed = stored.seal(saved.id(), gzip);
            saved.encryptedWith(sealed.keyId());
            contents.save(new DatasetContent(saved.id(), sealed.bytes()));
            var view = datasets.saveAndFlush(saved).view();
            events.publishEvent(new DatasetUploaded(view.modelId(), view.versionId(), view.versionLabel(),
                    view.id(), view.fileName(), view.rows(), view.sha256(), view.task(), dropped, view.uploadedBy(),
                    view.uploadedAt()));
            return view;
        });
    }

    private Optional<DatasetView> find(long versionId, String sha, String mappingSha) {
        return reading.execute(status -> datasets.findByVersionIdAndSha256AndMappingSha256(versionId, sha, mappingSha)
                .map(Dataset::view));
    }

    private Dataset dataset(long datasetId) {
        return datasets.findById(datasetId)
                .orElseThrow(() -> new NotFoundException("Dataset " + datasetId + " is not in the register."));
    }

    private VersionView uploadableVersion(long modelId, String label) {
        var version = register.version(modelId, label);
        if (version.status() == ApprovalStatus.RETIRED) {
            throw new ConflictException("Version " + label + " is retired; upload samples for a version in use.");
        }
        return version;
    }

    private long checkSize(Path file) {
        try {
            var size = Files.size(file);
            var limit = limits.maxUploadSize().toBytes();
            if (size > limit) {
                throw UploadTooLargeException.of(size, limit);
            }
            return size;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the uploaded file", e);
        }
    }

    /** Reports reading progress in whole percents, not on every buffer the parser fills. */
    private static LongConsumer readProgress(Progress progress, String message, long size) {
        var reported = new long[] {-1};
        return bytes -> {
            var percent = size == 0 ? 100 : bytes * 100 / size;
            if (percent > reported[0]) {
                reported[0] = percent;
                progress.step(message, READ_FROM + (READ_TO - READ_FROM) * percent / 100.0);
            }
        };
    }

    /** The name without any folder a browser sent along, without control characters, and not too long. */
    static String cleanFileName(String fileName) {
        var name = fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").strip();
        if (name.isEmpty()) {
            return DEFAULT_FILE_NAME;
        }
        return name.length() > Dataset.FILE_NAME_MAX ? name.substring(name.length() - Dataset.FILE_NAME_MAX) : name;
    }
}
