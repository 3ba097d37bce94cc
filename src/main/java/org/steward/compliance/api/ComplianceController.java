package org.steward.compliance.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.steward.base.InvalidInputException;
import org.steward.base.Validation;
import org.steward.compliance.Compliance;
import org.steward.compliance.ComplianceDashboard;
import org.steward.compliance.ComplianceReports;
import org.steward.compliance.DashboardFilter;
import org.steward.compliance.DashboardFilter.Issue;
import org.steward.compliance.DashboardRow;
import org.steward.compliance.DashboardSummary;
import org.steward.compliance.FrameworkRevision;
import org.steward.compliance.check.ComplianceStatus;
import org.steward.compliance.check.ModelCompliance;
import org.steward.compliance.report.ReportFile;
import org.steward.compliance.report.ReportFormat;

/**
 * Compliance over REST (scope {@code register:read}; the roles of the portal apply): the frameworks, a model's
 * assessment now or as of a day, the register summary and model list, and the framework reports as files.
 */
@RestController
@RequestMapping(path = "/api/v1")
@Tag(name = "Compliance", description = "Frameworks (EU AI Act, NIST AI RMF, SR 11-7), assessments and auditor reports")
class ComplianceController {

    private static final int MAX_PAGE = 100;

    private final Compliance compliance;
    private final ComplianceDashboard dashboard;
    private final ComplianceReports reports;

    ComplianceController(Compliance compliance, ComplianceDashboard dashboard, ComplianceReports reports) {
        this.compliance = compliance;
        this.dashboard = dashboard;
        this.reports = reports;
    }

    /** A page of a list: the items, the page number (from 0), the page size used and the total. */
    record PageOf<T>(List<T> items, int page, int size, long total) {
    }

    @GetMapping(path = "/compliance/frameworks", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAuthority('SCOPE_register:read')")
    @Operation(summary = "The frameworks assessed, each in its current checklist revision with its requirements")
    public List<FrameworkRevision> frameworks() {
        return compliance.frameworks();
    }

    @GetMapping(path = "/models/{modelId}/compliance", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAuthority('SCOPE_register:read')")
    @Operation(summary = "A model's compliance with every framework: status, evidence, attestations and gaps; "
            + "asOf (auditors, risk officers, administrators) assesses what was on record by the end of that day")
    public ModelCompliance assessment(@PathVariable long modelId,
                                      @Parameter(description = "YYYY-MM-DD, UTC") @RequestParam(required = false)
                                      @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf) {
        return asOf == null ? compliance.assess(modelId) : compliance.assess(modelId, asOf);
    }

    @GetMapping(path = "/compliance/summary", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAuthority('SCOPE_register:read')")
    @Operation(summary = "The register at a glance (risk officers, auditors): models by framework and status, flags")
    public DashboardSummary summary() {
        return dashboard.summary();
    }

    @GetMapping(path = "/compliance/models", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAuthority('SCOPE_register:read')")
    @Operation(summary = "The models behind a count (risk officers, auditors): filter by framework and status, flag "
            + "or text; sort by name, owner, gaps or overall")
    public PageOf<DashboardRow> models(@RequestParam(required = false) @Nullable String framework,
                                       @RequestParam(required = false) @Nullable ComplianceStatus status,
                                       @RequestParam(required = false) @Nullable Issue flag,
                                       @RequestParam(required = false) @Nullable String text,
                                       @RequestParam(defaultValue = "name") String sort,
                                       @RequestParam(defaultValue = "asc") String direction,
                                       @RequestParam(defaultValue = "0") int page,
                                       @RequestParam(defaultValue = "20") int size) {
        var errors = new LinkedHashMap<String, String>();
        if (page < 0) {
            errors.put("page", "must be 0 or more");
        }
        if (size < 1 || size > MAX_PAGE) {
            errors.put("size", "must be between 1 and " + MAX_PAGE);
        }
        if (!List.of("name", "owner", "gaps", "overall").contains(sort)) {
            errors.put("sort", "must be one of name, owner, gaps, overall");
        }
        if (!List.of("asc", "desc").contains(direction.toLowerCase(Locale.ROOT))) {
            errors.put("direction", "must be asc or desc");
        }
        Validation.throwIfAny(errors);
        var filter = new DashboardFilter(framework, status, flag, text);
        var request = PageRequest.of(page, size, Sort.by(Sort.Direction.fromString(direction), sort));
        return new PageOf<>(dashboard.rows(filter, request), page, size, dashboard.count(filter));
    }

    @GetMapping("/models/{modelId}/compliance/report")
    @PreAuthorize("hasAuthority('SCOPE_register:read')")
    @Operation(summary = "A model's framework report as pdf, csv or json, now or as of a day, with the ledger head and "
            + "its verification at export time (auditors, risk officers, administrators); recorded in the ledger")
    public ResponseEntity<byte[]> modelReport(@PathVariable long modelId,
                                              @RequestParam(defaultValue = "pdf") String format,
                                              @RequestParam(required = false)
                                              @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf) {
        return file(reports.model(modelId, asOf, format(format)));
    }

    @GetMapping("/compliance/report")
    @PreAuthorize("hasAuthority('SCOPE_register:read')")
    @Operation(summary = "The whole register's framework report as pdf, csv or json, now or as of a day (auditors, "
            + "risk officers, administrators); recorded in the ledger")
    public ResponseEntity<byte[]> registerReport(@RequestParam(defaultValue = "pdf") String format,
                                                 @RequestParam(required = false)
                                                 @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                                                 @Nullable LocalDate asOf) {
        return file(reports.register(asOf, format(format)));
    }

    private static ReportFormat format(String name) {
        try {
            return ReportFormat.of(name);
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("format", "'" + name + "' is not one of " + Arrays.stream(
                    ReportFormat.values()).map(f -> f.extension()).collect(Collectors.joining(", ")));
        }
    }

    private static ResponseEntity<byte[]> file(ReportFile file) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file.filename())
                        .build().toString())
                .contentType(MediaType.parseMediaType(file.contentType()))
                .body(file.bytes());
    }
}
