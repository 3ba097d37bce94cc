package org.steward.protection.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.steward.protection.DataProtection;
import org.steward.protection.ProtectionFacts;

/** The data-protection facts of a model over REST, read-only (they are recorded in the portal). */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Data protection", description = "Lawful basis, DPIA, data categories, retention and legal hold of a "
        + "model's raw samples")
class DataProtectionController {

    private final DataProtection protection;

    DataProtectionController(DataProtection protection) {
        this.protection = protection;
    }

    @GetMapping("/models/{modelId}/data-protection")
    @PreAuthorize("hasAuthority('SCOPE_register:read')")
    @Operation(summary = "Read a model's data-protection facts (retention in days; the risk-tier default when none "
            + "was recorded)")
    public ProtectionFacts facts(@PathVariable long modelId) {
        return protection.facts(modelId);
    }
}
