package org.steward.validation.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.steward.base.InvalidInputException;
import org.steward.base.NotFoundException;
import org.steward.dataset.TaskType;
import org.steward.statistics.Metric;
import org.steward.validation.ValidationResults;
import org.steward.validation.ValidationView;

/** Validation metrics of model versions, as computed from their scored samples; read-only. */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Validation", description = "Validation metrics with bootstrap intervals and the overfitting gap")
class ValidationController {

    static final int MAX_PAGE = 100;
    private static final String READ = "hasAuthority('SCOPE_register:read')";

    private final ValidationResults results;

    ValidationController(ValidationResults results) {
        this.results = results;
    }

    @GetMapping("/models/{modelId}/versions/{label}/validation")
    @PreAuthorize(READ)
    @Operation(summary = "The latest validation result of a version: metrics per split with intervals, confusion "
            + "matrix, curves and the overfitting gap")
    public ValidationView latest(@PathVariable long modelId, @PathVariable String label) {
        return results.latest(modelId, label).orElseThrow(() -> new NotFoundException("No validation metrics for "
                + "version " + label + " yet: upload a scored sample for it, or re-run the analyses of one."));
    }

    @GetMapping("/models/{modelId}/validations")
    @PreAuthorize(READ)
    @Operation(summary = "The validation results of a model, newest first, without their full reports "
            + "(at most 100 per page)")
    public ResultPage history(@PathVariable long modelId, @RequestParam(defaultValue = "0") int page,
                              @RequestParam(defaultValue = "20") int size) {
        if (page < 0) {
            throw InvalidInputException.of("page", "must be 0 or more");
        }
        if (size < 1) {
            throw InvalidInputException.of("size", "must be between 1 and " + MAX_PAGE);
        }
        var request = PageRequest.of(page, Math.min(size, MAX_PAGE));
        var items = results.history(modelId, request).stream().map(ResultSummary::of).toList();
        return new ResultPage(items, request.getPageNumber(), request.getPageSize(), results.count(modelId));
    }

    @GetMapping("/validations/{id}")
    @PreAuthorize(READ)
    @Operation(summary = "One validation result with its full report")
    public ValidationView get(@PathVariable long id) {
        return results.get(id);
    }

    /** One page of results: the items, the page number (from 0), the page size used and the total. */
    record ResultPage(List<ResultSummary> items, int page, int size, long total) {
    }

    /** A result's headline figures; {@code GET /api/v1/validations/{id}} has the full report. */
    record ResultSummary(long id, long datasetId, String versionLabel, String datasetFile, String datasetSha256,
                         TaskType task, Metric primaryMetric, @Nullable Double primaryTrainValue,
                         @Nullable Double primaryTestValue, @Nullable Double overfittingGap, String method,
                         String computedBy, Instant computedAt) {

        static ResultSummary of(ValidationView v) {
            return new ResultSummary(v.id(), v.datasetId(), v.versionLabel(), v.datasetFile(), v.datasetSha256(),
                    v.task(), v.primaryMetric(), v.primaryTrainValue(), v.primaryTestValue(), v.overfittingGap(),
                    v.method(), v.computedBy(), v.computedAt());
        }
    }
}
