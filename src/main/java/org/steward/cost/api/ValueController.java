package org.steward.cost.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.YearMonth;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.steward.base.InvalidInputException;
import org.steward.cost.CostSource;
import org.steward.cost.KpiValue;
import org.steward.cost.ModelValue;
import org.steward.cost.PortfolioRow;
import org.steward.cost.ValueFigures;
import org.steward.cost.ValueRule;
import org.steward.cost.api.CostBodies.KpiBody;
import org.steward.cost.api.CostBodies.PredictionsBody;
import org.steward.cost.api.CostBodies.RuleBody;

/**
 * The value side over REST: measured KPI values and prediction volumes (scope {@code costs:write}), the value rule,
 * the derived figures of a range of months, and the portfolio of all models (JSON or CSV).
 */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Value", description = "KPI values, derived figures, review rule and portfolio")
class ValueController {

    private final ModelValue value;
    private final Clock clock;

    ValueController(ModelValue value, Clock clock) {
        this.value = value;
        this.clock = clock;
    }

    @GetMapping("/models/{modelId}/kpi-values")
    @PreAuthorize("hasAuthority('SCOPE_register:read')")
    @Operation(summary = "A model's measured KPI values, latest month first")
    public PageOf<KpiValue> kpiValues(@PathVariable long modelId, @RequestParam(defaultValue = "0") int page,
                                      @RequestParam(defaultValue = "20") int size) {
        var request = CostController.page(page, size);
        return new PageOf<>(value.kpiValues(modelId, request), page, request.getPageSize(),
                value.countKpiValues(modelId));
    }

    @PostMapping(path = "/models/{modelId}/kpi-values", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAuthority('SCOPE_costs:write')")
    @Operation(summary = "Record a KPI's value for a month (developers and the model's owner); again replaces it")
    public KpiValue measure(@PathVariable long modelId, @RequestBody KpiBody body) {
        if (body.value() == null) {
            throw InvalidInputException.of("value", "the measured value");
        }
        return value.measure(modelId, body.kpi() == null ? "" : body.kpi(), body.requireMonth(), body.value(),
                CostSource.API, body.note());
    }

    @PutMapping(path = "/models/{modelId}/prediction-volumes/{month}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAuthority('SCOPE_costs:write')")
    @Operation(summary = "Record how many predictions the model served in a month (yyyy-MM)")
    public ResponseEntity<Void> predictions(@PathVariable long modelId, @PathVariable YearMonth month,
                                            @RequestBody PredictionsBody body) {
        if (body.predictions() == null) {
            throw InvalidInputException.of("predictions", "the number of predictions");
        }
        value.recordPredictions(modelId, month, body.predictions());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/models/{modelId}/value-rule")
    @PreAuthorize("hasAuthority('SCOPE_register:read')")
    @Operation(summary = "The model's value rule (404 when none is set)")
    public ValueRule rule(@PathVariable long modelId) {
        return value.rule(modelId).orElseThrow(() -> new org.steward.base.NotFoundException("Model " + modelId
                + " has no value rule yet."));
    }

    @PutMapping(path = "/models/{modelId}/value-rule", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAuthority('SCOPE_costs:write')")
    @Operation(summary = "Set the value KPI, its unit value and the review rule (the model's business owner)")
    public ValueRule setRule(@PathVariable long modelId, @RequestBody RuleBody body) {
        return value.setRule(modelId, body.rule());
    }

    @GetMapping("/models/{modelId}/value-figures")
    @PreAuthorize("hasAuthority('SCOPE_register:read')")
    @Operation(summary = "Total cost of ownership, cost per 1,000 predictions and per KPI unit, KPI target vs actual "
            + "and ROI over the months from..to (yyyy-MM; default: this year up to this month)")
    public ValueFigures figures(@PathVariable long modelId, @RequestParam(required = false) @Nullable YearMonth from,
                                @RequestParam(required = false) @Nullable YearMonth to) {
        var now = YearMonth.now(clock);
        return value.figures(modelId, from == null ? YearMonth.of(now.getYear(), 1) : from, to == null ? now : to);
    }

    @GetMapping("/portfolio")
    @PreAuthorize("hasAuthority('SCOPE_register:read')")
    @Operation(summary = "Every model with its cost, budget use, value, ROI and review flag for a year; sort=cost,"
            + "desc (name, owner, status, cost, budgetUsed, value, roi)")
    public PageOf<PortfolioRow> portfolio(@RequestParam(required = false) @Nullable Integer year,
                                          @RequestParam(defaultValue = "0") int page,
                                          @RequestParam(defaultValue = "20") int size,
                                          @RequestParam(defaultValue = "name") String sort) {
        var request = CostController.page(page, size);
        var parts = sort.split(",");
        var direction = parts.length > 1 && parts[1].equalsIgnoreCase("desc") ? Sort.Direction.DESC
                : Sort.Direction.ASC;
        var sorted = PageRequest.of(request.getPageNumber(), request.getPageSize(), Sort.by(direction, parts[0]));
        var y = year == null ? YearMonth.now(clock).getYear() : year;
        return new PageOf<>(value.portfolio(y, sorted), page, request.getPageSize(), value.countPortfolio());
    }

    @GetMapping(path = "/portfolio.csv", produces = "text/csv")
    @PreAuthorize("hasAuthority('SCOPE_register:read')")
    @Operation(summary = "The portfolio of a year as CSV")
    public ResponseEntity<String> portfolioCsv(@RequestParam(required = false) @Nullable Integer year) {
        var y = year == null ? YearMonth.now(clock).getYear() : year;
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"portfolio-" + y
                + ".csv\"").contentType(MediaType.parseMediaType("text/csv")).body(value.portfolioCsv(y));
    }
}
