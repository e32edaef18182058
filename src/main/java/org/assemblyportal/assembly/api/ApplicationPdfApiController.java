package org.assemblyportal.assembly.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.assemblyportal.assembly.ApplicationPdfService;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The draft printed as the notification or application to file, as PDF/A-2u. */
@RestController
@RequestMapping("/api/v1/cases/{id}")
@Tag(name = "Drafts")
@SecurityRequirement(name = "bearer")
class ApplicationPdfApiController {

    private final ApplicationPdfService pdfs;

    ApplicationPdfApiController(ApplicationPdfService pdfs) {
        this.pdfs = pdfs;
    }

    @GetMapping(value = "/application.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "The draft as a PDF/A-2u notification or application to the authority",
            description = "Organizers, co-organizers and lawyers of the case. The footer carries the case reference "
                    + "and the SHA-256 of the draft's canonical JSON (as in the draft's history), also as a QR code.",
            responses = {
                @ApiResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_PDF_VALUE,
                        schema = @Schema(type = "string", format = "binary"))),
                @ApiResponse(responseCode = "400", description = "Unknown language, or no form chosen, or nothing "
                        + "to file for the form", content = @Content(mediaType = "application/problem+json")),
                @ApiResponse(responseCode = "404", description = "No such case, or not a member of it",
                        content = @Content(mediaType = "application/problem+json"))})
    ResponseEntity<byte[]> applicationPdf(@PathVariable UUID id,
            @Parameter(description = "kk, ru or en; kk-ru (two languages joined by a hyphen) for a bilingual "
                    + "document; left out: the jurisdiction's document languages (Kazakhstan: kk-ru)")
            @RequestParam(required = false) String lang) {
        var file = pdfs.applicationPdf(id, lang);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file.fileName()).build().toString())
                .body(file.content());
    }

    @GetMapping(value = "/filings/{sequence}/application.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "A filed version as PDF, from its frozen snapshot",
            description = "The same document as on the day of filing, whatever the draft says now; the footer's "
                    + "SHA-256 is the filing's snapshot hash.")
    ResponseEntity<byte[]> filedPdf(@PathVariable UUID id, @PathVariable int sequence,
            @RequestParam(required = false) String lang) {
        var file = pdfs.filedPdf(id, sequence, lang);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file.fileName()).build().toString())
                .body(file.content());
    }
}
