package org.steward.fairness.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.steward.approval.RiskLevel;
import org.steward.fairness.FairnessPolicies;
import org.steward.fairness.FairnessPolicyVersion;

/**
 * The fairness policy of each risk level: the current versions, a level's history, and a change by a risk officer
 * (scope approval:write, the write scope risk officers may hold) with a rationale and the version read.
 */
@RestController
@RequestMapping(path = "/api/v1/fairness-policies", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Fairness policies", description = "Versioned fairness policies per risk level")
class FairnessPolicyController {

    private final FairnessPolicies policies;

    FairnessPolicyController(FairnessPolicies policies) {
        this.policies = policies;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('SCOPE_register:read')")
    @Operation(summary = "The current fairness policy of every risk level, high risk first")
    public List<FairnessPolicyVersion> current() {
        return policies.current();
    }

    @GetMapping("/{riskLevel}")
    @PreAuthorize("hasAuthority('SCOPE_register:read')")
    @Operation(summary = "Every version of a risk level's fairness policy, newest first")
    public List<FairnessPolicyVersion> history(@PathVariable RiskLevel riskLevel) {
        return policies.history(riskLevel);
    }

    @PutMapping(path = "/{riskLevel}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAuthority('SCOPE_approval:write')")
    @Operation(summary = "Change a risk level's fairness policy (risk officers): the new policy, a rationale of at "
            + "least 10 characters and the version you read (409 if it is no longer current)")
    public FairnessPolicyVersion change(@PathVariable RiskLevel riskLevel, @RequestBody PolicyChangeBody body) {
        return policies.change(riskLevel, body.requireExpectedVersion(), body.requireSpec(),
                body.rationale() == null ? "" : body.rationale());
    }
}
