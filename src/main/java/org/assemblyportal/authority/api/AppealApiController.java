package org.assemblyportal.authority.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.assemblyportal.authority.AppealService;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The appeal pack of a case as PDF/A-2u. */
@RestController
@Tag(name = "Authority responses")
@SecurityRequirement(name = "bearer")
class AppealApiController {

    private final AppealService appeals;

    AppealApiController(AppealService appeals) {
        this.appeals = appeals;
    }

    @GetMapping(value = "/api/v1/cases/{id}/appeal.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "The appeal pack as a PDF/A-2u: the decisions, the computed deadlines, the compliance findings, "
            + "the stated claims and the exhibits with their SHA-256",
            description = "Organizers, co-organizers and lawyers of the case. The appeal body and deadline come from the "
                    + "jurisdiction's rule file, cited with the acts' official titles in the pack's language; the paper "
                    + "carries no warnings (GET /api/v1/jurisdictions/{code} tells which sources are verified). The footer "
                    + "carries the case reference and the SHA-256 of the facts the pack was made from, also as a QR code.",
            responses = {
                @ApiResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_PDF_VALUE,
                        schema = @Schema(type = "string", format = "binary"))),
                @ApiResponse(responseCode = "400", description = "Unknown language",
                        content = @Content(mediaType = "application/problem+json")),
                @ApiResponse(responseCode = "403", description = "A monitor of the case",
                        content = @Content(mediaType = "application/problem+json")),
                @ApiResponse(responseCode = "404", description = "No such case, or not a member of it",
                        content = @Content(mediaType = "application/problem+json")),
                @ApiResponse(responseCode = "409", description = "Nothing filed or no response logged yet",
                        content = @Content(mediaType = "application/problem+json"))})
    ResponseEntity<byte[]> appealPdf(@PathVariable UUID id,
            @Parameter(description = "kk, ru or en; left out: the jurisdiction's first document language")
            @RequestParam(required = false) String lang) {
        var file = appeals.appealPdf(id, lang);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file.fileName()).build().toString())
                .body(file.content());
    }
}
