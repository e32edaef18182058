package org.assemblyportal.authority;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;
import org.assemblyportal.assembly.RouteSegment;

/**
 * A recorded claim: what the authority asserted, where ({@code place}, null if the claim is not about
 * the place, and the route {@code segments}) and when, in the words of response {@code responseId}.
 * {@code corrects} names the claim this one corrects, if any.
 */
public record ClaimView(UUID id, UUID caseId, UUID responseId, int filingSequence, UUID corrects, ClaimType type,
        String place, List<RouteSegment> segments, ZonedDateTime windowStart, ZonedDateTime windowEnd, String quote,
        Instant recordedAt, String recordedBy) {

    public ClaimView {
        segments = List.copyOf(segments);
    }
}
