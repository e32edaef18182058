package org.assemblyportal.casefile.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.assemblyportal.base.i18n.PortalLocales;
import org.assemblyportal.casefile.CaseExportService;
import org.assemblyportal.casefile.ExportJobView;
import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Case-file exports: start one, follow it, download it (decision 017). */
@RestController
@Tag(name = "Case files")
@SecurityRequirement(name = "bearer")
class ExportApiController {

    private final CaseExportService exports;

    ExportApiController(CaseExportService exports) {
        this.exports = exports;
    }

    record ExportRequest(Boolean redacted, String lang) {
    }

    @PostMapping("/api/v1/cases/{id}/exports")
    @Operation(summary = "A lawyer of the case starts an export of its case file in the background: "
            + "{\"redacted\": false} for the full file, true for the copy for publication; \"lang\" (kk, ru, en) "
            + "for the dossier, by default the request's language. Answers 202 with the job.")
    ResponseEntity<ExportJobView> start(@PathVariable UUID id, @RequestBody(required = false) ExportRequest request,
            Locale locale) {
        var redacted = request != null && Boolean.TRUE.equals(request.redacted());
        var lang = request != null && request.lang() != null ? request.lang()
                : PortalLocales.match(locale).orElse(PortalLocales.ENGLISH).getLanguage();
        var job = exports.start(id, redacted, lang);
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .header(HttpHeaders.LOCATION, "/api/v1/exports/" + job.id())
                .body(job);
    }

    @GetMapping("/api/v1/cases/{id}/exports")
    @Operation(summary = "The case's exports, latest first (lawyers of the case)")
    List<ExportJobView> list(@PathVariable UUID id) {
        return exports.jobs(id);
    }

    @GetMapping("/api/v1/exports/{jobId}")
    @Operation(summary = "An export job: state (QUEUED, RUNNING, DONE, FAILED, CANCELLED), progress in bytes, "
            + "and when done the file's name and size, its manifest's SHA-256 and the ledger root it covers")
    ExportJobView job(@PathVariable UUID jobId) {
        return exports.job(jobId);
    }

    @PostMapping("/api/v1/exports/{jobId}/cancel")
    @Operation(summary = "Asks a queued or running export to stop; it ends CANCELLED and leaves no file")
    ExportJobView cancel(@PathVariable UUID jobId) {
        return exports.cancel(jobId);
    }

    @GetMapping("/api/v1/exports/{jobId}/file")
    @Operation(summary = "The finished case file (application/zip); 404 until the job is DONE")
    ResponseEntity<Resource> file(@PathVariable UUID jobId) {
        var download = exports.file(jobId);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/zip"))
                .contentLength(download.size())
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(download.fileName(), StandardCharsets.UTF_8).build()
                                .toString())
                .body(new InputStreamResource(download.content()));
    }
}
