package org.assemblyportal.authority.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.assemblyportal.authority.NewResponse;
import org.assemblyportal.authority.ResponseService;
import org.assemblyportal.authority.ResponseUpload;
import org.assemblyportal.authority.ResponseView;
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

/** The authority's responses to a case's filings and their files, for phone apps and integrations. */
@RestController
@RequestMapping("/api/v1/cases/{id}/responses")
@Tag(name = "Authority responses")
@SecurityRequirement(name = "bearer")
class ResponseApiController {

    private final ResponseService responses;

    ResponseApiController(ResponseService responses) {
        this.responses = responses;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Record the authority's response to a filing with its files (JPEG, PNG, WebP, HEIC, PDF; "
            + "up to 10 of 25 MB each). Channel, outcome and grounds are codes of the jurisdiction's rule file "
            + "(channel also INFORMAL, which is not a legal delivery channel); a REFUSED outcome needs a ground; "
            + "conditionCodes are the rule file's permitted conditions or CONDITION_NOT_IN_LAW")
    ResponseEntity<ResponseView> record(@PathVariable UUID id,
            @Parameter(description = "filingSequence (empty: the latest filing), receivedAt (local time), decisionDate, "
                    + "channel, documentNumber, signatory, outcome, grounds, conditions, reasonText, conditionCodes")
            @RequestPart("response") NewResponse response,
            @Parameter(description = "files that came with the response, one part each")
            @RequestPart(name = "file", required = false) List<MultipartFile> file) {
        return ResponseEntity.status(HttpStatus.CREATED).body(responses.record(id, response, uploads(file)));
    }

    @PostMapping(path = "/{responseId}/corrections", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Record a correction of a response: a new response for the same filing that names the one "
            + "it corrects, which stays as it was (409 if it was corrected already)")
    ResponseEntity<ResponseView> correct(@PathVariable UUID id, @PathVariable UUID responseId,
            @Parameter(description = "as for a new response; filingSequence is ignored")
            @RequestPart("response") NewResponse response,
            @Parameter(description = "files that came with the corrected response, one part each")
            @RequestPart(name = "file", required = false) List<MultipartFile> file) {
        return ResponseEntity.status(HttpStatus.CREATED).body(responses.correct(id, responseId, response, uploads(file)));
    }

    private static List<ResponseUpload> uploads(List<MultipartFile> file) {
        return (file == null ? List.<MultipartFile>of() : file).stream()
                .map(f -> new ResponseUpload(f.getOriginalFilename(), f)).toList();
    }

    @GetMapping
    @Operation(summary = "The case's responses in the order they arrived, each with its grounds and files")
    List<ResponseView> list(@PathVariable UUID id) {
        return responses.responses(id);
    }

    /** The original bytes as stored, with their SHA-256 in the headers so that a client can check them. */
    @GetMapping("/files/{sha256}")
    @Operation(summary = "Download a response file as stored (Repr-Digest carries its SHA-256)")
    ResponseEntity<Resource> file(@PathVariable UUID id, @PathVariable String sha256) {
        var download = responses.attachment(id, sha256);
        var file = download.file();
        return EvidenceDownloads.of(file.sha256(), file.mediaType(), file.size(), file.name(), download.content());
    }

}
