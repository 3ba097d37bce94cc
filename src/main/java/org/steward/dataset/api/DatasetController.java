package org.steward.dataset.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.Function;
import org.springframework.data.domain.PageRequest;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.steward.base.Validation;
import org.steward.dataset.AnalysisRun;
import org.steward.dataset.DatasetProtection;
import org.steward.dataset.Datasets;
import org.steward.dataset.Inspection;
import org.steward.dataset.Progress;
import org.steward.dataset.UploadTooLargeException;

/**
 * Evaluation datasets over REST. Files come as multipart {@code file}; they are saved to a temporary file that is
 * deleted when the request is done. Roles and rules are enforced by {@link Datasets}.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Evaluation datasets", description = "Scored samples of model versions, validated and stored with "
        + "their hash; every stored sample is analysed (metrics, fairness, explanations)")
class DatasetController {

    private static final int MAX_PAGE_SIZE = 100;
    private static final String PROBLEMS = "https://steward.example/problems/";

    private final Datasets datasets;
    private final DatasetProtection protection;

    DatasetController(Datasets datasets, DatasetProtection protection) {
        this.datasets = datasets;
        this.protection = protection;
    }

    @PostMapping(path = "/models/{modelId}/versions/{label}/datasets:inspect",
            consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasAuthority('SCOPE_register:write')")
    @Operation(summary = "Look at a scored sample before mapping it: columns, kinds, preview, a suggested mapping "
            + "and warnings about identifying columns (model developers). Stores nothing.")
    public Inspection inspect(@PathVariable long modelId, @PathVariable String label,
                              @RequestPart("file") MultipartFile file) {
        return withTempFile(file, path -> datasets.inspect(modelId, label, path, fileName(file)));
    }

    @PostMapping(path = "/models/{modelId}/versions/{label}/datasets", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasAuthority('SCOPE_register:write')")
    @Operation(summary = "Upload a scored sample (UTF-8 CSV) with its column mapping (model developers). 201 with "
            + "the new dataset and the analyses run; 200 with the existing dataset when the same file with the "
            + "same mapping is already stored for the version. Bad input stores nothing and lists every problem.")
    public ResponseEntity<UploadResponse> upload(
            @PathVariable long modelId, @PathVariable String label, @RequestPart("file") MultipartFile file,
            @Parameter(description = "the column mapping as JSON", content = @Content(
                    mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = MappingRequest.class)))
            @RequestPart("mapping") String mapping) {
        var columns = MappingRequest.parse(mapping);
        var outcome = withTempFile(file, path -> datasets.upload(modelId, label, path, fileName(file), columns,
                Progress.NONE));
        var body = UploadResponse.of(outcome);
        if (outcome.alreadyStored()) {
            return ResponseEntity.ok(body);
        }
        return ResponseEntity.created(location(outcome.dataset().id())).body(body);
    }

    @GetMapping("/models/{modelId}/datasets")
    @PreAuthorize("hasAuthority('SCOPE_register:read')")
    @Operation(summary = "List a model's datasets, newest first (at most 100 per page)")
    public PageOf<DatasetResponse> list(@PathVariable long modelId, @RequestParam(defaultValue = "0") int page,
                                        @RequestParam(defaultValue = "20") int size) {
        var errors = new java.util.LinkedHashMap<String, String>();
        if (page < 0) {
            errors.put("page", "must be 0 or more");
        }
        if (size < 1) {
            errors.put("size", "must be between 1 and " + MAX_PAGE_SIZE);
        }
        Validation.throwIfAny(errors);
        var request = PageRequest.of(page, Math.min(size, MAX_PAGE_SIZE));
        var items = datasets.list(modelId, request).stream().map(DatasetResponse::of).toList();
        return new PageOf<>(items, request.getPageNumber(), request.getPageSize(), datasets.count(modelId));
    }

    @GetMapping("/datasets/{id}")
    @PreAuthorize("hasAuthority('SCOPE_register:read')")
    @Operation(summary = "Read a dataset with the schema of its stored columns")
    public DatasetResponse get(@PathVariable long id) {
        return DatasetResponse.of(datasets.get(id), datasets.schema(id));
    }

    @PostMapping("/datasets/{id}:rerun")
    @PreAuthorize("hasAnyAuthority('SCOPE_register:write', 'SCOPE_approval:write')")
    @Operation(summary = "Run every analysis on a stored dataset again (model developers and risk officers)")
    public AnalysisRun rerun(@PathVariable long id) {
        return datasets.rerun(id, Progress.NONE);
    }

    @PostMapping(path = "/datasets/{id}:download", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = {"text/csv", MediaType.APPLICATION_PROBLEM_JSON_VALUE})
    @PreAuthorize("hasAuthority('SCOPE_register:read')")
    @Operation(summary = "Download the stored CSV of a sample (without its dropped columns). Needs the raw-data "
            + "access grant and a reason; recorded in the ledger before the file is sent.")
    public ResponseEntity<byte[]> download(@PathVariable long id, @RequestBody ReasonBody body) {
        var raw = protection.download(id, body.text());
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(raw.fileName(), StandardCharsets.UTF_8).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(raw.csv());
    }

    @PostMapping(path = "/datasets/{id}:erase", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyAuthority('SCOPE_register:write', 'SCOPE_approval:write')")
    @Operation(summary = "Erase the raw data of one sample now, on request, with a rationale (administrators and "
            + "risk officers; refused under a legal hold). Its hash and results stay; recorded in the ledger.")
    public DatasetResponse erase(@PathVariable long id, @RequestBody ReasonBody body) {
        return DatasetResponse.of(protection.erase(id, body.text()));
    }

    @ExceptionHandler(UploadTooLargeException.class)
    ProblemDetail tooLarge(UploadTooLargeException e) {
        var problem = tooLarge(e.fieldErrors().get("file"));
        problem.setProperty("errors", e.fieldErrors());
        return problem;
    }

    /**
     * The servlet container refused the multipart body before Steward saw the file: say how large the request
     * was (the file and a few hundred bytes of multipart framing).
     */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ProblemDetail containerTooLarge(HttpServletRequest request) {
        var limit = datasets.maxUploadSize().toBytes();
        var size = request.getContentLengthLong();
        return tooLarge(size > limit ? UploadTooLargeException.of(size, limit) : UploadTooLargeException.over(limit));
    }

    private static ProblemDetail tooLarge(String detail) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, detail);
        problem.setType(URI.create(PROBLEMS + "too-large"));
        problem.setTitle("File too large");
        return problem;
    }

    private static String fileName(MultipartFile file) {
        var name = file.getOriginalFilename();
        return name == null ? "" : name;
    }

    private static URI location(long id) {
        return ServletUriComponentsBuilder.fromCurrentContextPath().path("/api/v1/datasets/{id}").buildAndExpand(id)
                .toUri();
    }

    private static <T> T withTempFile(MultipartFile file, Function<Path, T> action) {
        Path path = null;
        try {
            path = Files.createTempFile("steward-sample-", ".csv");
            try (var in = file.getInputStream()) {
                Files.copy(in, path, StandardCopyOption.REPLACE_EXISTING);
            }
            return action.apply(path);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not save the uploaded file", e);
        } finally {
            if (path != null) {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    path.toFile().deleteOnExit();
                }
            }
        }
    }
}
