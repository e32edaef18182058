package org.assemblyportal.authority;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A factual reason of a response, as a lawyer records it. {@code segments} are numbers of the
 * answered filing's route segments ({@link org.assemblyportal.assembly.RouteSegment}); {@code atPlace}
 * says the claim concerns the filing's place. {@code windowStart} and {@code windowEnd} are local
 * time in the jurisdiction. {@code quote} is the response's own words, kept exactly as typed.
 */
public record NewClaim(UUID responseId, ClaimType type, List<Integer> segments, boolean atPlace,
        LocalDateTime windowStart, LocalDateTime windowEnd, String quote) {

    public NewClaim {
        segments = segments == null ? List.of() : segments.stream().filter(Objects::nonNull).distinct().sorted().toList();
    }
}
