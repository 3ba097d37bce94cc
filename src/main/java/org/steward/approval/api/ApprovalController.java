package org.steward.approval.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.steward.approval.ApprovalWorkflow;
import org.steward.approval.DecisionView;
import org.steward.approval.GateEvaluation;

/**
 * Decisions on a model version: submit, approve, request changes, reject, deploy, suspend and retire, each with a
 * written rationale and the lock version the caller read; and the decisions and gates so far.
 */
@RestController
@RequestMapping(path = "/api/v1/models/{modelId}/versions/{label}", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Approval", description = "The approval workflow of model versions")
class ApprovalController {

    private static final String WRITE = "hasAuthority('SCOPE_approval:write')";

    private final ApprovalWorkflow workflow;

    ApprovalController(ApprovalWorkflow workflow) {
        this.workflow = workflow;
    }

    @PostMapping(path = "/submit", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(WRITE)
    @Operation(summary = "Submit a draft, or resubmit a version sent back for changes (model developers)")
    public DecisionResponse submit(@PathVariable long modelId, @PathVariable String label,
                                   @RequestBody DecisionBody body) {
        return DecisionResponse.of(workflow.submit(modelId, label, body.toRequest()));
    }

    @PostMapping(path = "/approve", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(WRITE)
    @Operation(summary = "Approve a submitted version (its business owner; for high risk also a risk officer)")
    public DecisionResponse approve(@PathVariable long modelId, @PathVariable String label,
                                    @RequestBody DecisionBody body) {
        return DecisionResponse.of(workflow.approve(modelId, label, body.toRequest()));
    }

    @PostMapping(path = "/request-changes", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(WRITE)
    @Operation(summary = "Send a submitted version back to its developers for changes (reviewers)")
    public DecisionResponse requestChanges(@PathVariable long modelId, @PathVariable String label,
                                           @RequestBody DecisionBody body) {
        return DecisionResponse.of(workflow.requestChanges(modelId, label, body.toRequest()));
    }

    @PostMapping(path = "/reject", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(WRITE)
    @Operation(summary = "Reject a submitted version for good (reviewers)")
    public DecisionResponse reject(@PathVariable long modelId, @PathVariable String label,
                                   @RequestBody DecisionBody body) {
        return DecisionResponse.of(workflow.reject(modelId, label, body.toRequest()));
    }

    @PostMapping(path = "/deploy", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(WRITE)
    @Operation(summary = "Deploy an approved or suspended version (model developers, the business owner)")
    public DecisionResponse deploy(@PathVariable long modelId, @PathVariable String label,
                                   @RequestBody DecisionBody body) {
        return DecisionResponse.of(workflow.deploy(modelId, label, body.toRequest()));
    }

    @PostMapping(path = "/suspend", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(WRITE)
    @Operation(summary = "Suspend a deployed version (model developers, the business owner)")
    public DecisionResponse suspend(@PathVariable long modelId, @PathVariable String label,
                                    @RequestBody DecisionBody body) {
        return DecisionResponse.of(workflow.suspend(modelId, label, body.toRequest()));
    }

    @PostMapping(path = "/retire", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(WRITE)
    @Operation(summary = "Retire an approved, deployed or suspended version (model developers, the business owner)")
    public DecisionResponse retire(@PathVariable long modelId, @PathVariable String label,
                                   @RequestBody DecisionBody body) {
        return DecisionResponse.of(workflow.retire(modelId, label, body.toRequest()));
    }

    @GetMapping("/decisions")
    @PreAuthorize("hasAuthority('SCOPE_register:read')")
    @Operation(summary = "The decisions taken on a version, oldest first, with the gate results of each")
    public List<DecisionView> decisions(@PathVariable long modelId, @PathVariable String label) {
        return workflow.decisions(modelId, label);
    }

    @GetMapping("/gates")
    @PreAuthorize("hasAuthority('SCOPE_register:read')")
    @Operation(summary = "The evidence gates of a version as they stand now")
    public List<GateEvaluation> gates(@PathVariable long modelId, @PathVariable String label) {
        return workflow.gates(modelId, label);
    }
}
