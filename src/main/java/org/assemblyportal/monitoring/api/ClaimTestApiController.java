package org.assemblyportal.monitoring.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.assemblyportal.monitoring.ClaimTestService;
import org.assemblyportal.monitoring.ClaimTestView;
import org.assemblyportal.monitoring.ClaimVerdict;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A stated claim tested against the observations, and the lawyers' word on it. */
@RestController
@RequestMapping("/api/v1/cases/{id}/claims/{claimId}/test")
@Tag(name = "Observations")
@SecurityRequirement(name = "bearer")
class ClaimTestApiController {

    private final ClaimTestService tests;

    ClaimTestApiController(ClaimTestService tests) {
        this.tests = tests;
    }

    record Review(ClaimVerdict verdict, String reason) {
    }

    @GetMapping
    @Operation(summary = "The claim tested against the current observations: per segment of the claim, the "
            + "observations within its window, how many monitors, the verdict (NOT_COVERED, CONTRADICTED, "
            + "PARTIALLY_SUPPORTED, SUPPORTED), the claim's computed verdict, and the lawyers' reviews (every member)")
    ClaimTestView test(@PathVariable UUID id, @PathVariable UUID claimId) {
        return tests.test(id, claimId);
    }

    @PostMapping("/reviews")
    @Operation(summary = "A lawyer of the case confirms the computed verdict (verdict empty or the same) or overrides "
            + "it, with a reason (required)")
    ResponseEntity<ClaimTestView> review(@PathVariable UUID id, @PathVariable UUID claimId, @RequestBody Review review) {
        return ResponseEntity.status(HttpStatus.CREATED).body(tests.review(id, claimId, review.verdict(), review.reason()));
    }
}
