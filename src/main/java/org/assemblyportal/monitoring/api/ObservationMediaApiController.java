package org.assemblyportal.monitoring.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.List;
import java.util.UUID;
import org.assemblyportal.base.api.EvidenceDownloads;
import org.assemblyportal.base.api.ProblemResponses;
import org.assemblyportal.evidence.RejectedUploadException;
import org.assemblyportal.monitoring.ObservationMediaService;
import org.assemblyportal.monitoring.ObservationView;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Photos, videos and sound recordings of observations through the field API. The upload is the raw
 * file as the request body, read straight from the servlet's input stream into the evidence store (no
 * {@code byte[]}, no multipart part, no request wrapper: nothing holds it in memory) and kept only when
 * its SHA-256 is the one in the URL (ADR 012).
 */
@RestController
@Tag(name = "Observations")
@SecurityRequirement(name = "bearer")
class ObservationMediaApiController {

    private final ObservationMediaService media;
    private final ProblemResponses problems;

    ObservationMediaApiController(ObservationMediaService media, ProblemResponses problems) {
        this.media = media;
        this.problems = problems;
    }

    @PutMapping("/api/v1/observations/{id}/media/{sha256}")
    @Operation(summary = "Attach a photo, video or sound file to an observation (the case's monitors): the raw file "
            + "as the body, its SHA-256 in the URL. Send the file's own Content-Type and its Content-Length; the name "
            + "in Content-Disposition (filename or filename*) or ?name=. 201 when stored, 200 when this file was "
            + "attached already (a retry; nothing stored twice). Refused, with nothing kept: another SHA-256 (422), "
            + "fewer or more bytes than the Content-Length or a broken-off upload (400), a type other than photo, "
            + "video or sound by content (415), over 500 MB (413), a retracted observation or more than "
            + ObservationMediaService.MAX_FILES + " files (409), members who are not monitors (403), anyone "
            + "outside the case (404)",
            requestBody = @RequestBody(required = true, content = @Content(mediaType = "*/*",
                    schema = @Schema(type = "string", format = "binary"))))
    ResponseEntity<ObservationView.Media> attach(@PathVariable UUID id,
            @Parameter(description = "the file's SHA-256, 64 hexadecimal digits") @PathVariable String sha256,
            @Parameter(description = "the file's name, if Content-Disposition does not give it")
            @RequestParam(required = false) String name,
            @RequestHeader(name = HttpHeaders.CONTENT_DISPOSITION, required = false) String disposition,
            @RequestHeader(name = HttpHeaders.CONTENT_LENGTH, required = false) Long length,
            HttpServletRequest request) throws IOException {
        // The announced length as sent (none with chunked transfer); the store counts what actually arrives.
        var attached = media.attach(id, sha256, request.getInputStream(), length == null ? -1 : length,
                name != null ? name : fileName(disposition));
        return ResponseEntity.status(attached.created() ? HttpStatus.CREATED : HttpStatus.OK).body(attached.media());
    }

    @GetMapping("/api/v1/observations/{id}/media")
    @Operation(summary = "The files of an observation (of all its versions), in the order they arrived, with their "
            + "capture metadata and preview hash; every member of the case. A phone that is not sure an upload "
            + "arrived looks here before sending the file again")
    List<ObservationView.Media> list(@PathVariable UUID id) {
        return media.media(id);
    }

    @GetMapping("/api/v1/observations/{id}/media/{sha256}")
    @Operation(summary = "Download an attached file as stored (Repr-Digest carries its SHA-256)")
    ResponseEntity<Resource> original(@PathVariable UUID id, @PathVariable String sha256) {
        var file = media.original(id, sha256);
        return EvidenceDownloads.of(file.sha256(), file.mediaType(), file.size(), file.name(), file.content());
    }

    @GetMapping("/api/v1/observations/{id}/media/{sha256}/thumbnail")
    @Operation(summary = "The JPEG preview of an attached photo (at most 320 px), made in the background: 404 for "
            + "video and sound, and until it is made")
    ResponseEntity<Resource> thumbnail(@PathVariable UUID id, @PathVariable String sha256) {
        var file = media.thumbnail(id, sha256);
        return EvidenceDownloads.of(file.sha256(), file.mediaType(), file.size(), file.name(), file.content());
    }

    /**
     * A refused upload, with the status that says why: 422 when the bytes are whole but have another
     * SHA-256 than announced (the request is well formed; its content contradicts its URL), 413 over the
     * size limit, 415 for a type not taken, 400 when the body was incomplete, empty or the hash is not one.
     */
    @ExceptionHandler(RejectedUploadException.class)
    ResponseEntity<ProblemDetail> rejected(RejectedUploadException rejected) {
        var status = switch (rejected.messageKey()) {
            case "evidence.hash-mismatch" -> HttpStatus.UNPROCESSABLE_ENTITY;
            case "evidence.too-large" -> HttpStatus.PAYLOAD_TOO_LARGE;
            case "evidence.type-not-allowed" -> HttpStatus.UNSUPPORTED_MEDIA_TYPE;
            default -> HttpStatus.BAD_REQUEST;
        };
        return ResponseEntity.status(status).body(problems.of(status, rejected, LocaleContextHolder.getLocale()));
    }

    private static String fileName(String disposition) {
        if (disposition == null || disposition.isBlank()) {
            return null;
        }
        try {
            return ContentDisposition.parse(disposition).getFilename();
        } catch (IllegalArgumentException unreadable) {
            return null;
        }
    }
}
