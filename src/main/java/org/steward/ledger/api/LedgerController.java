package org.steward.ledger.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.steward.ledger.Ledger;
import org.steward.ledger.VerificationResult;

/** The compliance ledger's verification over REST, for auditors' tools and for checks after a crash. */
@RestController
@RequestMapping(path = "/api/v1/ledger", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Ledger", description = "The compliance ledger's hash chain")
class LedgerController {

    private final Ledger ledger;

    LedgerController(Ledger ledger) {
        this.ledger = ledger;
    }

    @GetMapping("/verification")
    @PreAuthorize("hasAuthority('SCOPE_register:read')")
    @Operation(summary = "Walk the whole hash chain now: intact, or the first broken entry and why "
            + "(auditors, risk officers, administrators)")
    public VerificationResult verify() {
        return ledger.verify();
    }
}
