package org.assemblyportal.monitoring;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The test of one stated claim against the observations: per segment of the claim, how it was covered
 * (which observations, by how many monitors, when) and what they say; and the claim's computed verdict.
 * A claim about the place, not the route, is tested as one pseudo-segment numbered 0.
 */
public record ClaimTestResult(UUID claimId, ClaimVerdict verdict, List<SegmentResult> segments) {

    public ClaimTestResult {
        segments = List.copyOf(segments);
    }

    /** How many of the claim's segments were observed at all within its window. */
    @JsonProperty
    public long coveredSegments() {
        return segments.stream().filter(s -> s.verdict() != ClaimVerdict.NOT_COVERED).count();
    }

    public record SegmentResult(int segment, String name, ClaimVerdict verdict, int monitors, Instant firstSeen,
            Instant lastSeen, List<UUID> observations) {

        public SegmentResult {
            observations = List.copyOf(observations);
        }
    }
}
