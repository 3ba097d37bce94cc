package org.steward.monitoring.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.steward.monitoring.IngestRate;
import org.steward.monitoring.ServingPeriodView;
import org.steward.monitoring.ServingStatistics;
import org.steward.monitoring.ServingStatistics.JudgedPeriod;
import org.steward.monitoring.ServingStats;

/** Serving statistics pushed as aggregates (scope monitoring:write) and listed (scope register:read). */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Monitoring", description = "Baselines, production batches, outcomes, evaluations, status and alerts")
class ServingStatsController {

    private final ServingStatistics statistics;
    private final IngestRate rate;

    ServingStatsController(ServingStatistics statistics, IngestRate rate) {
        this.statistics = statistics;
        this.rate = rate;
    }

    @PostMapping(path = "/models/{modelId}/versions/{label}/monitoring/serving-stats",
            consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAuthority('SCOPE_monitoring:write')")
    @Operation(summary = "Push one period's serving statistics {periodStart, periodEnd, requests, errors, "
            + "latencyP50Ms?, latencyP95Ms?, latencyP99Ms?, cpuUtilisation? (0-1), memoryMb?} with a header "
            + "Idempotency-Key, for systems that cannot send rows; a retry with the same key and figures gets the "
            + "same answer")
    public ResponseEntity<ServingPeriodView> push(@PathVariable long modelId, @PathVariable String label,
                                                  @RequestHeader(name = "Idempotency-Key", required = false)
                                                  String key, @RequestBody ServingStats stats,
                                                  Authentication auth) {
        rate.acquire(MonitoringController.tokenOf(auth));
        var pushed = statistics.push(modelId, label, key, stats);
        return ResponseEntity.status(pushed.replayed() ? HttpStatus.OK : HttpStatus.CREATED)
                .header("Idempotent-Replayed", Boolean.toString(pushed.replayed())).body(pushed.period());
    }

    @GetMapping("/models/{modelId}/monitoring/serving-stats")
    @PreAuthorize("hasAuthority('SCOPE_register:read')")
    @Operation(summary = "The model's pushed serving statistics, newest period first (at most 100 per page), each "
            + "with its status under the model's current policy")
    public List<JudgedPeriod> periods(@PathVariable long modelId, @RequestParam(defaultValue = "0") int page,
                                      @RequestParam(defaultValue = "20") int size) {
        return statistics.periods(modelId, MonitoringController.page(page, size));
    }
}
