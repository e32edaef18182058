package org.assemblyportal.assembly.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.assemblyportal.assembly.FilingChannel;
import org.assemblyportal.assembly.FilingService;
import org.assemblyportal.assembly.FilingView;
import org.assemblyportal.assembly.NewFiling;
import org.assemblyportal.assembly.ProofKind;
import org.assemblyportal.assembly.ProofUpload;
import org.assemblyportal.base.Violations;
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

/** Filings of a case and their proof files, for phone apps and integrations. */
@RestController
@RequestMapping("/api/v1/cases/{id}/filings")
@Tag(name = "Filings")
@SecurityRequirement(name = "bearer")
class FilingApiController {

    private final FilingService filings;

    FilingApiController(FilingService filings) {
        this.filings = filings;
    }

    /**
     * The JSON part of a new filing. {@code registeredAt} is local time in the case's jurisdiction,
     * as on the stamp or receipt; {@code proofKinds} gives the kind of each {@code proof} part, in order.
     */
    record FilingRequest(FilingChannel channel, String registrationNumber, LocalDateTime registeredAt,
            List<ProofKind> proofKinds) {
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Record a filing of the current draft with its proof files (JPEG, PNG, WebP, HEIC, PDF; "
            + "up to 10 of 25 MB each); the first is the original, later ones amend the one before")
    ResponseEntity<FilingView> record(@PathVariable UUID id,
            @Parameter(description = "channel, registrationNumber, registeredAt (local time), proofKinds")
            @RequestPart("filing") FilingRequest filing,
            @Parameter(description = "proof files, one part each, in the order of proofKinds")
            @RequestPart(name = "proof", required = false) List<MultipartFile> proof) {
        var uploads = uploads(filing.proofKinds(), proof);
        var recorded = filings.record(id,
                new NewFiling(filing.channel(), filing.registrationNumber(), filing.registeredAt()), uploads);
        return ResponseEntity.status(HttpStatus.CREATED).body(recorded);
    }

    /** The JSON part of added proof files: the kind of each {@code proof} part, in order. */
    record ProofsRequest(List<ProofKind> proofKinds) {
    }

    @PostMapping(path = "/{sequence}/proofs", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Add proof files to a filing already recorded (e.g. the stamped copy that came back later); "
            + "the filing is not changed, each file is recorded with when and by whom it was added")
    ResponseEntity<FilingView> addProofs(@PathVariable UUID id, @PathVariable int sequence,
            @Parameter(description = "proofKinds") @RequestPart("proofs") ProofsRequest request,
            @Parameter(description = "proof files, one part each, in the order of proofKinds")
            @RequestPart(name = "proof", required = false) List<MultipartFile> proof) {
        var uploads = uploads(request.proofKinds(), proof);
        return ResponseEntity.status(HttpStatus.CREATED).body(filings.addProofs(id, sequence, uploads));
    }

    private static List<ProofUpload> uploads(List<ProofKind> proofKinds, List<MultipartFile> proof) {
        var files = proof == null ? List.<MultipartFile>of() : proof;
        var kinds = proofKinds == null ? List.<ProofKind>of() : proofKinds;
        if (kinds.size() != files.size()) {
            new Violations().add("proofKinds", "filing.proof-kinds-mismatch", files.size(), kinds.size()).throwIfAny();
        }
        var uploads = new ArrayList<ProofUpload>();
        for (int i = 0; i < files.size(); i++) {
            uploads.add(new ProofUpload(kinds.get(i), files.get(i).getOriginalFilename(), files.get(i)));
        }
        return uploads;
    }

    @GetMapping
    @Operation(summary = "The case's filings, the original first, each with the draft as filed and its proof files")
    List<FilingView> list(@PathVariable UUID id) {
        return filings.filings(id);
    }

    /** The original bytes as stored, with their SHA-256 in the headers so that a client can check them. */
    @GetMapping("/proofs/{sha256}")
    @Operation(summary = "Download a proof file as stored (Repr-Digest carries its SHA-256)")
    ResponseEntity<Resource> proof(@PathVariable UUID id, @PathVariable String sha256) {
        var download = filings.proof(id, sha256);
        var file = download.file();
        return EvidenceDownloads.of(file.sha256(), file.mediaType(), file.size(), file.name(), download.content());
    }

}
