package org.steward.monitoring.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.steward.monitoring.Retraining;
import org.steward.monitoring.RetrainingReportView;
import org.steward.monitoring.RetrainingState;

/** The model pipeline's reports on a retraining request (scope monitoring:write), read with register:read. */
@RestController
@RequestMapping(path = "/api/v1/monitoring/alerts/{id}/retraining", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Monitoring", description = "Baselines, production batches, outcomes, evaluations, status and alerts")
class RetrainingController {

    private final Retraining retraining;

    RetrainingController(Retraining retraining) {
        this.retraining = retraining;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAuthority('SCOPE_monitoring:write')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Report on the alert's retraining request {state: ACCEPTED|STARTED|COMPLETED|FAILED|DECLINED, "
            + "version (required when COMPLETED: the version the retraining registered), note}")
    public RetrainingReportView report(@PathVariable long id, @RequestBody Body body) {
        return retraining.report(id, body.state(), body.version(), body.note());
    }

    @GetMapping
    @PreAuthorize("hasAuthority('SCOPE_register:read')")
    @Operation(summary = "The reports on the alert's retraining request, oldest first")
    public List<RetrainingReportView> reports(@PathVariable long id) {
        return retraining.reports(id);
    }

    record Body(@Nullable RetrainingState state, @Nullable String version, @Nullable String note) {
    }
}
