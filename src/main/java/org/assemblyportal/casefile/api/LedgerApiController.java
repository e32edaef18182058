package org.assemblyportal.casefile.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.assemblyportal.casefile.LedgerCheckService;
import org.assemblyportal.casefile.LedgerPage;
import org.assemblyportal.evidence.LedgerReport;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The case ledger: its entries, and its check on request (decision 016). */
@RestController
@Tag(name = "Case files")
@SecurityRequirement(name = "bearer")
class LedgerApiController {

    private final LedgerCheckService ledger;

    LedgerApiController(LedgerCheckService ledger) {
        this.ledger = ledger;
    }

    @GetMapping("/api/v1/cases/{id}/ledger")
    @Operation(summary = "A page of the case ledger (any member of the case): up to limit entries (at most 500) after "
            + "entry after (0: from the first), each with its exact hashed line, and the ledger's size. Payloads are "
            + "left out; they are in the case file's ledger/payloads.jsonl")
    LedgerPage entries(@PathVariable UUID id, @RequestParam(defaultValue = "0") long after,
            @RequestParam(defaultValue = "100") int limit) {
        return ledger.entries(id, after, limit);
    }

    @PostMapping("/api/v1/cases/{id}/ledger/verify")
    @Operation(summary = "Re-hashes every ledger entry and evidence file of the case and compares every record with "
            + "its latest entry (any member of the case). ok is true only when nothing broke; otherwise breaks lists "
            + "each break, the first first, naming the entry (seq), record (subject), field or file (sha256)")
    LedgerReport verify(@PathVariable UUID id) {
        return ledger.verify(id);
    }
}
