package org.assemblyportal.casefile.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.assemblyportal.casefile.LedgerCheckService;
import org.assemblyportal.evidence.LedgerReport;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** The case ledger's check on request (decision 016). */
@RestController
@Tag(name = "Case files")
@SecurityRequirement(name = "bearer")
class LedgerApiController {

    private final LedgerCheckService ledger;

    LedgerApiController(LedgerCheckService ledger) {
        this.ledger = ledger;
    }

    @PostMapping("/api/v1/cases/{id}/ledger/verify")
    @Operation(summary = "Re-hashes every ledger entry and evidence file of the case and compares every record with "
            + "its latest entry (any member of the case). ok is true only when nothing broke; otherwise breaks lists "
            + "each break, the first first, naming the entry (seq), record (subject), field or file (sha256)")
    LedgerReport verify(@PathVariable UUID id) {
        return ledger.verify(id);
    }
}
