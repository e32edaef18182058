package org.assemblyportal.authority.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.assemblyportal.authority.ClaimService;
import org.assemblyportal.authority.ClaimView;
import org.assemblyportal.authority.NewClaim;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The authority's factual reasons as claims to test, for phone apps and integrations. */
@RestController
@RequestMapping("/api/v1/cases/{id}/claims")
@Tag(name = "Authority responses")
@SecurityRequirement(name = "bearer")
class ClaimApiController {

    private final ClaimService claims;

    ClaimApiController(ClaimService claims) {
        this.claims = claims;
    }

    @PostMapping
    @Operation(summary = "Record a stated claim from one of the case's responses: type, where (atPlace and/or the "
            + "numbers of the answered filing's route segments, 1 = first to second waypoint), when (local time in the "
            + "jurisdiction) and the response's own words (organizers, co-organizers and lawyers of the case)")
    ResponseEntity<ClaimView> record(@PathVariable UUID id, @RequestBody NewClaim claim) {
        return ResponseEntity.status(HttpStatus.CREATED).body(claims.record(id, claim));
    }

    @PostMapping("/{claimId}/corrections")
    @Operation(summary = "Record a correction of a claim: a new claim that names the one it corrects, which stays as "
            + "it was (409 if it was corrected already)")
    ResponseEntity<ClaimView> correct(@PathVariable UUID id, @PathVariable UUID claimId, @RequestBody NewClaim claim) {
        return ResponseEntity.status(HttpStatus.CREATED).body(claims.correct(id, claimId, claim));
    }

    @GetMapping
    @Operation(summary = "The case's claims in the order they were recorded (every member of the case, monitors too)")
    List<ClaimView> list(@PathVariable UUID id) {
        return claims.claims(id);
    }
}
