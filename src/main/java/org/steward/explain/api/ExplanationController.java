package org.steward.explain.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.steward.base.InvalidInputException;
import org.steward.base.NotFoundException;
import org.steward.dataset.Progress;
import org.steward.explain.ExplanationView;
import org.steward.explain.Explanations;
import org.steward.explain.method.DecisionExplanation;
import org.steward.explain.method.ExplanationReport.Kind;
import org.steward.explain.method.ImportedAttributions.Link;

/** Explanations of model versions over REST; roles and rules are enforced by {@link Explanations}. */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Explanations", description = "Surrogate explanations with fidelity, tree SHAP, permutation importance, "
        + "partial dependence and rules; imported attributions; single decisions explained")
class ExplanationController {

    static final int MAX_PAGE = 100;
    private static final String READ = "hasAuthority('SCOPE_register:read')";
    private static final String WRITE = "hasAuthority('SCOPE_register:write')";

    private final Explanations explanations;

    ExplanationController(Explanations explanations) {
        this.explanations = explanations;
    }

    @GetMapping("/models/{modelId}/versions/{label}/explanation")
    @PreAuthorize(READ)
    @Operation(summary = "The latest explanation of a version with its full report")
    public ExplanationView latest(@PathVariable long modelId, @PathVariable String label) {
        return explanations.latest(modelId, label).orElseThrow(() -> new NotFoundException("No explanation for "
                + "version " + label + " yet: upload a scored sample with its feature columns mapped."));
    }

    @PostMapping(path = "/models/{modelId}/versions/{label}/explanations:explain",
            consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(READ)
    @Operation(summary = "Explain one decision: the top contributions of its features, the surrogate's prediction, "
            + "its fidelity and a plain-language sentence. Every feature must be given, numbers for numeric "
            + "features and levels for categorical ones.")
    public DecisionExplanation explain(@PathVariable long modelId, @PathVariable String label,
                                       @RequestBody @Nullable DecisionRequest request) {
        if (request == null || request.features() == null || request.features().isEmpty()) {
            throw InvalidInputException.of("features", "give the case's features as an object, e.g. "
                    + "{\"features\": {\"income\": 42000, \"region\": \"north\"}}");
        }
        return explanations.explain(modelId, label, request.features());
    }

    @GetMapping("/models/{modelId}/explanations")
    @PreAuthorize(READ)
    @Operation(summary = "The explanations of a model, newest first, without their reports (at most 100 per page)")
    public ResultPage history(@PathVariable long modelId, @RequestParam(defaultValue = "0") int page,
                              @RequestParam(defaultValue = "20") int size) {
        if (page < 0) {
            throw InvalidInputException.of("page", "must be 0 or more");
        }
        if (size < 1) {
            throw InvalidInputException.of("size", "must be between 1 and " + MAX_PAGE);
        }
        var request = PageRequest.of(page, Math.min(size, MAX_PAGE));
        var items = explanations.history(modelId, request).stream().map(ResultSummary::of).toList();
        return new ResultPage(items, request.getPageNumber(), request.getPageSize(), explanations.count(modelId));
    }

    @GetMapping("/explanations/{id}")
    @PreAuthorize(READ)
    @Operation(summary = "One explanation with its full report")
    public ExplanationView get(@PathVariable long id) {
        return explanations.get(id);
    }

    @PostMapping("/datasets/{datasetId}/explanations")
    @PreAuthorize("hasAnyAuthority('SCOPE_register:write', 'SCOPE_approval:write')")
    @Operation(summary = "Explain a stored sample again (model developers and risk officers); 201 with the new "
            + "result, the earlier ones stay")
    public ResponseEntity<ExplanationView> recompute(@PathVariable long datasetId) {
        var view = explanations.recompute(datasetId, Progress.NONE);
        return ResponseEntity.created(location(view.id())).body(view);
    }

    @PostMapping(path = "/datasets/{datasetId}/attributions", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize(WRITE)
    @Operation(summary = "Import per-row attributions (CSV: one column per feature, optionally base_value, one row "
            + "per sample row) for a stored sample (model developers); link 'identity' (default) or 'logit'. "
            + "Shape and additivity are checked against the model's output; a mismatch stores nothing.")
    public ResponseEntity<ExplanationView> importAttributions(@PathVariable long datasetId,
                                                              @RequestPart("file") MultipartFile file,
                                                              @RequestParam(defaultValue = "identity") String link) {
        var scale = switch (link.toLowerCase(Locale.ROOT)) {
            case "identity" -> Link.IDENTITY;
            case "logit" -> Link.LOGIT;
            default -> throw InvalidInputException.of("link", "must be 'identity' or 'logit', was '" + link + "'");
        };
        byte[] bytes;
        try {
            bytes = file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the uploaded file", e);
        }
        var name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
        var view = explanations.importAttributions(datasetId, bytes, name, scale);
        return ResponseEntity.created(location(view.id())).body(view);
    }

    private static URI location(long id) {
        return ServletUriComponentsBuilder.fromCurrentContextPath().path("/api/v1/explanations/{id}")
                .buildAndExpand(id).toUri();
    }

    /** The case to explain: feature name → value. */
    record DecisionRequest(@Nullable Map<String, @Nullable Object> features) {
    }

    /** One page of results: the items, the page number (from 0), the page size used and the total. */
    record ResultPage(List<ResultSummary> items, int page, int size, long total) {
    }

    /** An explanation's headline figures; {@code GET /api/v1/explanations/{id}} has the full report. */
    record ResultSummary(long id, long datasetId, String versionLabel, String datasetFile, String datasetSha256,
                         Kind kind, @Nullable Double fidelity, boolean reliable, String summary, String method,
                         String computedBy, Instant computedAt) {

        static ResultSummary of(ExplanationView v) {
            return new ResultSummary(v.id(), v.datasetId(), v.versionLabel(), v.datasetFile(), v.datasetSha256(),
                    v.kind(), v.fidelity(), v.reliable(), v.report().summary(), v.method(), v.computedBy(),
                    v.computedAt());
        }
    }
}
