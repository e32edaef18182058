package org.assemblyportal.assembly.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.assemblyportal.assembly.CaseProgress;
import org.assemblyportal.assembly.CaseProgressService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Where a case's application stands, as the case page shows it. */
@RestController
@Tag(name = "Cases")
@SecurityRequirement(name = "bearer")
class CaseProgressApiController {

    private final CaseProgressService progress;

    CaseProgressApiController(CaseProgressService progress) {
        this.progress = progress;
    }

    @GetMapping("/api/v1/cases/{id}/progress")
    @Operation(summary = "Stage, filed versions and the next deadline with days left (organizers, co-organizers, lawyers)")
    CaseProgress progress(@PathVariable UUID id) {
        return progress.progress(id);
    }
}
