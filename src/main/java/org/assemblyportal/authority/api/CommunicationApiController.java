package org.assemblyportal.authority.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.assemblyportal.authority.CommunicationService;
import org.assemblyportal.authority.CommunicationView;
import org.assemblyportal.authority.NewCommunication;
import org.assemblyportal.authority.ResponseUpload;
import org.assemblyportal.base.api.EvidenceDownloads;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** A case's contacts with the authority besides its responses, and their files, for phone apps and integrations. */
@RestController
@RequestMapping("/api/v1/cases/{id}/communications")
@Tag(name = "Communications with the authority")
@SecurityRequirement(name = "bearer")
class CommunicationApiController {

    private final CommunicationService communications;

    CommunicationApiController(CommunicationService communications) {
        this.communications = communications;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Record a contact with the authority (meeting, call, letter, request to withdraw, offer of an "
            + "alternative, other) with its files (JPEG, PNG, WebP, HEIC, PDF; up to 10 of 25 MB each)")
    ResponseEntity<CommunicationView> record(@PathVariable UUID id,
            @Parameter(description = "kind (MEETING, PHONE_CALL, LETTER, WITHDRAWAL_REQUEST, ALTERNATIVE_OFFER, OTHER), "
                    + "occurredAt (local time), direction (FROM_AUTHORITY, TO_AUTHORITY, BOTH), authorityParticipants, "
                    + "ourParticipants, summary (kept exactly as sent)")
            @RequestPart("communication") NewCommunication communication,
            @Parameter(description = "notes, letters or photos that go with the contact, one part each")
            @RequestPart(name = "file", required = false) List<MultipartFile> file) {
        return ResponseEntity.status(HttpStatus.CREATED).body(communications.record(id, communication, uploads(file)));
    }

    @PostMapping(path = "/{communicationId}/corrections", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Record a correction of a contact: a new entry that names the one it corrects, which stays "
            + "as it was (409 if it was corrected already)")
    ResponseEntity<CommunicationView> correct(@PathVariable UUID id, @PathVariable UUID communicationId,
            @Parameter(description = "as for a new contact") @RequestPart("communication") NewCommunication communication,
            @Parameter(description = "files that go with the corrected entry, one part each")
            @RequestPart(name = "file", required = false) List<MultipartFile> file) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(communications.correct(id, communicationId, communication, uploads(file)));
    }

    private static List<ResponseUpload> uploads(List<MultipartFile> file) {
        return (file == null ? List.<MultipartFile>of() : file).stream()
                .map(f -> new ResponseUpload(f.getOriginalFilename(), f)).toList();
    }

    @GetMapping
    @Operation(summary = "The case's contacts with the authority in the order they happened, each with its files")
    List<CommunicationView> list(@PathVariable UUID id) {
        return communications.communications(id);
    }

    /** The original bytes as stored, with their SHA-256 in the headers so that a client can check them. */
    @GetMapping("/{communicationId}/files/{sha256}")
    @Operation(summary = "Download a file of a contact as stored (Repr-Digest carries its SHA-256)")
    ResponseEntity<Resource> file(@PathVariable UUID id, @PathVariable UUID communicationId,
            @PathVariable String sha256) {
        var download = communications.attachment(id, communicationId, sha256);
        var file = download.file();
        return EvidenceDownloads.of(file.sha256(), file.mediaType(), file.size(), file.name(), download.content());
    }

}
