package org.steward.monitoring.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.steward.base.NotFoundException;
import org.steward.base.Validation;
import org.steward.monitoring.AlertView;
import org.steward.monitoring.BaselineView;
import org.steward.monitoring.BatchReceipt;
import org.steward.monitoring.BatchTooLargeException;
import org.steward.monitoring.BatchView;
import org.steward.monitoring.EvaluationSummary;
import org.steward.monitoring.EvaluationView;
import org.steward.monitoring.IngestRate;
import org.steward.monitoring.Monitoring;
import org.steward.monitoring.MonitoringIngest;
import org.steward.monitoring.MonitoringIngest.OutcomeReceipt;
import org.steward.monitoring.MonitoringPolicies;
import org.steward.monitoring.MonitoringPolicy;
import org.steward.monitoring.MonitoringPolicySpec;
import org.steward.monitoring.MonitoringRawData;
import org.steward.monitoring.RateLimitedException;
import org.steward.monitoring.Replay;
import tools.jackson.databind.JsonNode;

/** Monitoring ingest (scope monitoring:write) and reads (scope register:read); errors are problem details. */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Monitoring", description = "Baselines, production batches, outcomes, evaluations, status and alerts")
class MonitoringController {

    private static final String WRITE = "hasAuthority('SCOPE_monitoring:write')";
    private static final String READ = "hasAuthority('SCOPE_register:read')";
    private static final String ERASE = "hasAnyAuthority('SCOPE_register:write', 'SCOPE_approval:write')";
    private static final String TYPE_BASE = "https://steward.example/problems/";
    private static final int MAX_PAGE = 100;

    private final MonitoringIngest ingest;
    private final Monitoring monitoring;
    private final MonitoringPolicies policies;
    private final MonitoringRawData rawData;
    private final IngestRate rate;

    MonitoringController(MonitoringIngest ingest, Monitoring monitoring, MonitoringPolicies policies,
                         MonitoringRawData rawData, IngestRate rate) {
        this.ingest = ingest;
        this.monitoring = monitoring;
        this.policies = policies;
        this.rawData = rawData;
        this.rate = rate;
    }

    @PutMapping(path = "/models/{modelId}/versions/{label}/monitoring/baseline",
            consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(WRITE)
    @Operation(summary = "Record the version's baseline from reference rows {rows: [{features, output, outcome?}]}")
    public ResponseEntity<BaselineView> baseline(@PathVariable long modelId, @PathVariable String label,
                                                 @RequestBody JsonNode body, Authentication auth) {
        rate.acquire(tokenOf(auth));
        var baseline = ingest.recordBaseline(modelId, label, body, "API rows");
        return ResponseEntity.status(HttpStatus.CREATED).body(baseline);
    }

    @GetMapping("/models/{modelId}/versions/{label}/monitoring/baseline")
    @PreAuthorize(READ)
    @Operation(summary = "The version's current baseline: schema, counts and reference AUC")
    public BaselineView baseline(@PathVariable long modelId, @PathVariable String label) {
        return monitoring.baseline(modelId, label).orElseThrow(() -> new NotFoundException(
                "Version " + label + " of model " + modelId + " has no monitoring baseline yet."));
    }

    @PostMapping(path = "/models/{modelId}/versions/{label}/monitoring/batches",
            consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(WRITE)
    @Operation(summary = "Send a batch {observedAt?, rows: [{requestId?, features, output, latencyMs?, error?}]} "
            + "with a header Idempotency-Key; a retry with the same key and body gets the same answer")
    public ResponseEntity<BatchReceipt> batch(@PathVariable long modelId, @PathVariable String label,
                                              @RequestHeader(name = "Idempotency-Key", required = false) String key,
                                              @RequestBody JsonNode body, Authentication auth) {
        rate.acquire(tokenOf(auth));
        var accepted = ingest.acceptBatch(modelId, label, key, body);
        return ResponseEntity.ok().header("Idempotent-Replayed", Boolean.toString(accepted.replayed()))
                .body(accepted.receipt());
    }

    @PostMapping(path = "/models/{modelId}/monitoring/outcomes", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(WRITE)
    @Operation(summary = "Join delayed outcomes {outcomes: [{requestId, outcome}]} to earlier observations")
    public OutcomeReceipt outcomes(@PathVariable long modelId, @RequestBody JsonNode body, Authentication auth) {
        rate.acquire(tokenOf(auth));
        return ingest.joinOutcomes(modelId, body);
    }

    @PostMapping("/models/{modelId}/versions/{label}/monitoring/evaluations")
    @PreAuthorize(WRITE)
    @Operation(summary = "Evaluate the version's current window now")
    public ResponseEntity<EvaluationSummary> evaluate(@PathVariable long modelId, @PathVariable String label) {
        var evaluation = monitoring.evaluateNow(modelId, label).orElseThrow(() -> new NotFoundException(
                "Version " + label + " of model " + modelId + " has no baseline or no batch to evaluate yet."));
        return ResponseEntity.created(URI.create("/api/v1/monitoring/evaluations/" + evaluation.id()))
                .body(evaluation);
    }

    @GetMapping("/models/{modelId}/monitoring/status")
    @PreAuthorize(READ)
    @Operation(summary = "The model's latest evaluation with its full result")
    public EvaluationView status(@PathVariable long modelId) {
        return monitoring.latest(modelId).orElseThrow(() -> new NotFoundException(
                "Model " + modelId + " has no monitoring evaluation yet."));
    }

    @GetMapping("/models/{modelId}/monitoring/evaluations")
    @PreAuthorize(READ)
    @Operation(summary = "The model's status timeline, newest first (at most 100 per page)")
    public List<EvaluationSummary> timeline(@PathVariable long modelId, @RequestParam(defaultValue = "0") int page,
                                            @RequestParam(defaultValue = "20") int size) {
        return monitoring.timeline(modelId, page(page, size));
    }

    @GetMapping("/monitoring/evaluations/{id}")
    @PreAuthorize(READ)
    @Operation(summary = "One evaluation with drift, quality, performance and operational figures")
    public EvaluationView evaluation(@PathVariable long id) {
        return monitoring.evaluation(id);
    }

    @GetMapping("/models/{modelId}/monitoring/batches")
    @PreAuthorize(READ)
    @Operation(summary = "The model's production batches, newest first (at most 100 per page): size, body hash, "
            + "times, key id or when their raw data was purged; never the observations themselves")
    public List<BatchView> batches(@PathVariable long modelId, @RequestParam(defaultValue = "0") int page,
                                   @RequestParam(defaultValue = "20") int size) {
        return rawData.batches(modelId, page(page, size));
    }

    @PostMapping(path = "/monitoring/batches/{id}:erase", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(ERASE)
    @Operation(summary = "Erase one batch's raw feature values (and request ids) now, on request, with a rationale "
            + "(administrators and risk officers; refused under a legal hold). Its evaluations, counts, hash and "
            + "outputs stay; recorded in the ledger.")
    public BatchView eraseBatch(@PathVariable long id, @RequestBody RationaleBody body) {
        return rawData.eraseBatch(id, body.text());
    }

    @PostMapping(path = "/models/{modelId}/monitoring:erase", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(ERASE)
    @Operation(summary = "Erase everything the model's monitoring keeps raw now, on request, with a rationale: the "
            + "feature values of every batch and the exact values of every baseline (administrators and risk "
            + "officers; refused under a legal hold). Evaluations stay; recorded in the ledger.")
    public MonitoringRawData.Erased erase(@PathVariable long modelId, @RequestBody RationaleBody body) {
        return rawData.erase(modelId, body.text());
    }

    @GetMapping("/models/{modelId}/monitoring/alerts")
    @PreAuthorize(READ)
    @Operation(summary = "The model's monitoring alerts, newest first")
    public List<AlertView> alerts(@PathVariable long modelId) {
        return monitoring.alerts(modelId);
    }

    @PostMapping(path = "/monitoring/alerts/{id}/acknowledgement", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAuthority('SCOPE_approval:write')")
    @Operation(summary = "Acknowledge an alert with a comment {version, comment} (the model's business owner)")
    public AlertView acknowledge(@PathVariable long id, @RequestBody AcknowledgeBody body) {
        return monitoring.acknowledge(id, body.version(), body.comment());
    }

    @GetMapping("/models/{modelId}/monitoring/policy")
    @PreAuthorize(READ)
    @Operation(summary = "The model's current monitoring policy (version 0: Steward's defaults)")
    public MonitoringPolicy policy(@PathVariable long modelId) {
        return policies.current(modelId);
    }

    @PutMapping(path = "/models/{modelId}/monitoring/policy", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAuthority('SCOPE_approval:write')")
    @Operation(summary = "Change the monitoring policy {expectedVersion, spec, rationale} (owner or risk officer)")
    public MonitoringPolicy change(@PathVariable long modelId, @RequestBody PolicyBody body) {
        return policies.change(modelId, body.expectedVersion(), body.spec(), body.rationale());
    }

    @PostMapping(path = "/models/{modelId}/monitoring/policy/what-if", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(READ)
    @Operation(summary = "Replay the model's last 100 evaluations under a proposed policy spec; stores nothing")
    public List<Replay> whatIf(@PathVariable long modelId, @RequestBody MonitoringPolicySpec spec) {
        return monitoring.whatIf(modelId, spec);
    }

    static PageRequest page(int page, int size) {
        var errors = new LinkedHashMap<String, String>();
        if (page < 0) {
            errors.put("page", "must be 0 or more");
        }
        if (size < 1 || size > MAX_PAGE) {
            errors.put("size", "must be between 1 and " + MAX_PAGE);
        }
        Validation.throwIfAny(errors);
        return PageRequest.of(page, size);
    }

    @ExceptionHandler(BatchTooLargeException.class)
    ProblemDetail tooLarge(BatchTooLargeException e) {
        return problem(HttpStatus.CONTENT_TOO_LARGE, "too-large", "Batch too large", e.getMessage());
    }

    @ExceptionHandler(RateLimitedException.class)
    ResponseEntity<ProblemDetail> rateLimited(RateLimitedException e) {
        var problem = problem(HttpStatus.TOO_MANY_REQUESTS, "rate-limited", "Too many requests", e.getMessage());
        problem.setProperty("retryAfterSeconds", e.retryAfterSeconds());
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header("Retry-After", Long.toString(e.retryAfterSeconds())).body(problem);
    }

    /** The token's owner and prefix: each token has its own allowance. */
    static String tokenOf(Authentication auth) {
        return auth.getName() + ":" + auth.getCredentials();
    }

    private static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        var problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_BASE + type));
        problem.setTitle(title);
        return problem;
    }
}
