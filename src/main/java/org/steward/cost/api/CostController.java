package org.steward.cost.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
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
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.steward.base.InvalidInputException;
import org.steward.base.Validation;
import org.steward.cost.BudgetLevels;
import org.steward.cost.BudgetPeriod;
import org.steward.cost.BudgetView;
import org.steward.cost.CostCsvMapping;
import org.steward.cost.CostEntryView;
import org.steward.cost.CostLedger;
import org.steward.cost.CostSource;
import org.steward.cost.ExchangeRate;
import org.steward.cost.ImportCheck;
import org.steward.cost.api.CostBodies.BudgetBody;
import org.steward.cost.api.CostBodies.CostBody;
import org.steward.cost.api.CostBodies.RateBody;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Costs over REST: a model's cost entries (one by API push, or a CSV import with its column mapping, checked whole
 * first and stored all or nothing), its budgets and the exchange rates. Writes need the {@code costs:write} scope;
 * roles and rules are enforced by {@link CostLedger}.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Costs", description = "Cost entries, CSV imports, budgets and exchange rates")
class CostController {

    static final int MAX_PAGE_SIZE = 100;
    private static final JsonMapper STRICT = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES).build();

    private final CostLedger ledger;

    CostController(CostLedger ledger) {
        this.ledger = ledger;
    }

    @GetMapping("/models/{modelId}/costs")
    @PreAuthorize("hasAuthority('SCOPE_register:read')")
    @Operation(summary = "A model's cost entries, latest period first (at most 100 per page)")
    public PageOf<CostEntryView> list(@PathVariable long modelId, @RequestParam(defaultValue = "0") int page,
                                      @RequestParam(defaultValue = "20") int size) {
        var request = page(page, size);
        return new PageOf<>(ledger.entries(modelId, request), page, request.getPageSize(),
                ledger.countEntries(modelId));
    }

    @PostMapping(path = "/models/{modelId}/costs", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAuthority('SCOPE_costs:write')")
    @Operation(summary = "Push one cost, e.g. a line of a billing export (developers and the model's owner); a "
            + "repeated importKey is refused with 409")
    public ResponseEntity<CostEntryView> record(@PathVariable long modelId, @RequestBody CostBody body) {
        var saved = ledger.record(modelId, body.details(), CostSource.API, body.importKey());
        return ResponseEntity.created(URI.create("/api/v1/models/" + modelId + "/costs?entry=" + saved.id()))
                .body(saved);
    }

    @PostMapping(path = "/models/{modelId}/costs:import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasAuthority('SCOPE_costs:write')")
    @Operation(summary = "Import a cost CSV for the model with its column mapping. dryRun=true checks it and stores "
            + "nothing; otherwise every row is stored, or none when any row has a problem (400 listing them)")
    public ResponseEntity<ImportCheck> importForModel(@PathVariable long modelId,
                                                      @RequestPart("file") MultipartFile file,
                                                      @Parameter(description = "the column mapping as JSON")
                                                      @RequestPart(name = "mapping", required = false)
                                                      @Nullable String mapping,
                                                      @RequestParam(defaultValue = "false") boolean dryRun) {
        return importCsv(modelId, file, mapping, dryRun);
    }

    @PostMapping(path = "/costs:import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasAuthority('SCOPE_costs:write')")
    @Operation(summary = "Import a cost CSV of several models; the mapping must name the model column (exact model "
            + "names or ids)")
    public ResponseEntity<ImportCheck> importForModels(@RequestPart("file") MultipartFile file,
                                                       @RequestPart(name = "mapping", required = false)
                                                       @Nullable String mapping,
                                                       @RequestParam(defaultValue = "false") boolean dryRun) {
        return importCsv(null, file, mapping, dryRun);
    }

    private ResponseEntity<ImportCheck> importCsv(@Nullable Long modelId, MultipartFile file, @Nullable String mapping,
                                                  boolean dryRun) {
        byte[] bytes;
        try {
            bytes = file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the uploaded file", e);
        }
        var columns = mapping == null ? CostCsvMapping.suggest(org.steward.cost.CostCsv.header(bytes))
                : parse(mapping);
        if (dryRun) {
            return ResponseEntity.ok(ledger.checkImport(modelId, bytes, columns));
        }
        var name = file.getOriginalFilename() == null ? "upload.csv" : file.getOriginalFilename();
        return ResponseEntity.status(201).body(ledger.importCsv(modelId, bytes, name, columns));
    }

    private static CostCsvMapping parse(String json) {
        try {
            return STRICT.readValue(json, CostCsvMapping.class);
        } catch (JacksonException e) {
            throw InvalidInputException.of("mapping", "not a valid mapping: " + e.getOriginalMessage() + "; the "
                    + "fields are model, version, date, start, end, category, amount, currency, defaultCurrency, "
                    + "note, key and allowCredits");
        }
    }

    @GetMapping("/models/{modelId}/budgets")
    @PreAuthorize("hasAuthority('SCOPE_register:read')")
    @Operation(summary = "A model's budgets with the spending of their periods and the alert levels reached")
    public List<BudgetView> budgets(@PathVariable long modelId) {
        return ledger.budgets(modelId);
    }

    @PutMapping(path = "/models/{modelId}/budgets/{year}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAuthority('SCOPE_costs:write')")
    @Operation(summary = "Set the budget of a year, or of a quarter with ?quarter=1..4 (the model's business owner)")
    public BudgetView setBudget(@PathVariable long modelId, @PathVariable int year,
                                @RequestParam(defaultValue = "0") int quarter, @RequestBody BudgetBody body) {
        if (quarter < 0 || quarter > 4) {
            throw InvalidInputException.of("quarter", "1 to 4, or leave it out for the whole year");
        }
        BudgetLevels levels;
        try {
            levels = body.alertLevels() == null ? BudgetLevels.DEFAULT : new BudgetLevels(body.alertLevels());
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("alertLevels", e.getMessage());
        }
        if (body.amount() == null) {
            throw InvalidInputException.of("amount", "the budget in the reporting currency");
        }
        return ledger.setBudget(modelId, new BudgetPeriod(year, quarter), body.amount(), levels);
    }

    @GetMapping("/exchange-rates")
    @PreAuthorize("hasAuthority('SCOPE_register:read')")
    @Operation(summary = "The exchange rates into the reporting currency, per currency latest first")
    public PageOf<ExchangeRate> rates(@RequestParam(defaultValue = "0") int page,
                                      @RequestParam(defaultValue = "20") int size) {
        var request = page(page, size);
        return new PageOf<>(ledger.rates(request), page, request.getPageSize(), ledger.countRates());
    }

    @PutMapping(path = "/exchange-rates/{currency}/{month}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAuthority('SCOPE_costs:write')")
    @Operation(summary = "Set a currency's rate from a month (yyyy-MM) on (administrators)")
    public ExchangeRate setRate(@PathVariable String currency, @PathVariable java.time.YearMonth month,
                                @RequestBody RateBody body) {
        if (body.rate() == null) {
            throw InvalidInputException.of("rate", "the rate");
        }
        return ledger.setRate(currency, month, body.rate());
    }

    static PageRequest page(int page, int size) {
        var errors = new LinkedHashMap<String, String>();
        if (page < 0) {
            errors.put("page", "must be 0 or more");
        }
        if (size < 1) {
            errors.put("size", "must be between 1 and " + MAX_PAGE_SIZE);
        }
        Validation.throwIfAny(errors);
        return PageRequest.of(page, Math.min(size, MAX_PAGE_SIZE));
    }
}
