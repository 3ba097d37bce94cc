package org.steward.fairness.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.steward.base.NotFoundException;
import org.steward.base.Validation;
import org.steward.fairness.FairnessAuditSummary;
import org.steward.fairness.FairnessAuditView;
import org.steward.fairness.FairnessAudits;
import org.steward.register.ModelRegister;

/** Fairness audits: a version's latest, a model's history, one by id, and a re-audit with the current policy. */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Fairness audits", description = "Fairness audits of model versions against the fairness policy")
class FairnessController {

    private static final int MAX_PAGE = 100;

    private final FairnessAudits audits;
    private final ModelRegister register;

    FairnessController(FairnessAudits audits, ModelRegister register) {
        this.audits = audits;
        this.register = register;
    }

    @GetMapping("/models/{modelId}/versions/{label}/fairness")
    @PreAuthorize("hasAuthority('SCOPE_register:read')")
    @Operation(summary = "The latest fairness audit of a version, with groups, measures, intervals and verdicts")
    public FairnessAuditView latest(@PathVariable long modelId, @PathVariable String label) {
        var version = register.version(modelId, label);
        return audits.latest(modelId, version.id()).orElseThrow(() -> new NotFoundException(
                "Version " + label + " of model " + modelId + " has no fairness audit yet."));
    }

    @GetMapping("/models/{modelId}/fairness-audits")
    @PreAuthorize("hasAuthority('SCOPE_register:read')")
    @Operation(summary = "A model's fairness audits, newest first (at most 100 per page)")
    public PageOf<FairnessAuditSummary> history(@PathVariable long modelId,
                                                @RequestParam(defaultValue = "0") int page,
                                                @RequestParam(defaultValue = "20") int size) {
        var errors = new LinkedHashMap<String, String>();
        if (page < 0) {
            errors.put("page", "must be 0 or more");
        }
        if (size < 1) {
            errors.put("size", "must be between 1 and " + MAX_PAGE);
        }
        Validation.throwIfAny(errors);
        register.get(modelId);
        var request = PageRequest.of(page, Math.min(size, MAX_PAGE));
        return new PageOf<>(audits.history(modelId, request), request.getPageNumber(), request.getPageSize(),
                audits.count(modelId));
    }

    @GetMapping("/fairness-audits/{id}")
    @PreAuthorize("hasAuthority('SCOPE_register:read')")
    @Operation(summary = "One fairness audit with its full result")
    public FairnessAuditView get(@PathVariable long id) {
        return audits.get(id);
    }

    @PostMapping("/datasets/{datasetId}/fairness-audits")
    @PreAuthorize("hasAuthority('SCOPE_register:write')")
    @Operation(summary = "Audit a stored scored sample again with the current fairness policy (model developers, "
            + "risk officers); earlier audits stay as they were")
    public ResponseEntity<FairnessAuditSummary> reaudit(@PathVariable long datasetId) {
        var audit = audits.reaudit(datasetId);
        var location = ServletUriComponentsBuilder.fromCurrentContextPath().path("/api/v1/fairness-audits/{id}")
                .buildAndExpand(audit.id()).toUri();
        return ResponseEntity.created(location).body(audit);
    }
}
