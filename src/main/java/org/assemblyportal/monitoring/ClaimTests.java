package org.assemblyportal.monitoring;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.assemblyportal.monitoring.ClaimTestResult.SegmentResult;

/**
 * The claim test, pure: the same claim and observations always give the same result, and a lawyer can
 * follow it by hand (ADR 015).
 * <ul>
 * <li>An observation counts for a segment when it was made on that segment within the claim's time
 * window (both ends included) and says something of the claim ({@link ClaimEvidence#verdict()} not null).</li>
 * <li>A segment's verdict is the one most favourable to the authority among its observations
 * (supported over partially supported over contradicted); with none it is not covered.</li>
 * <li>The claim's verdict: not covered when no segment is; else supported when every covered segment
 * supports it, contradicted when every covered one contradicts it, partially supported otherwise.
 * Segments not covered do not count either way: the coverage says how far the verdict reaches.</li>
 * </ul>
 */
public final class ClaimTests {

    private ClaimTests() {
    }

    /** A segment of the claim: its number and its name as the claim gives it. */
    public record ClaimedSegment(int number, String name) {
    }

    public static ClaimTestResult test(UUID claimId, List<ClaimedSegment> segments, Instant windowStart, Instant windowEnd,
            List<ClaimEvidence> evidence) {
        var results = new ArrayList<SegmentResult>();
        for (var segment : segments) {
            var counted = evidence.stream()
                    .filter(e -> e.verdict() != null && Objects.equals(e.segment(), segment.number()))
                    .filter(e -> !e.observedAt().isBefore(windowStart) && !e.observedAt().isAfter(windowEnd))
                    .sorted(Comparator.comparing(ClaimEvidence::observedAt))
                    .toList();
            if (counted.isEmpty()) {
                results.add(new SegmentResult(segment.number(), segment.name(), ClaimVerdict.NOT_COVERED, 0, null, null,
                        List.of()));
                continue;
            }
            var verdict = counted.stream().map(ClaimEvidence::verdict).max(Comparator.naturalOrder()).orElseThrow();
            var monitors = new HashSet<String>();
            counted.forEach(e -> monitors.add(e.monitor()));
            results.add(new SegmentResult(segment.number(), segment.name(), verdict, monitors.size(),
                    counted.get(0).observedAt(), counted.get(counted.size() - 1).observedAt(),
                    counted.stream().map(ClaimEvidence::observationId).toList()));
        }
        return new ClaimTestResult(claimId, overall(results), results);
    }

    private static ClaimVerdict overall(List<SegmentResult> segments) {
        var covered = segments.stream().map(SegmentResult::verdict).filter(v -> v != ClaimVerdict.NOT_COVERED).toList();
        if (covered.isEmpty()) {
            return ClaimVerdict.NOT_COVERED;
        }
        if (covered.stream().allMatch(v -> v == ClaimVerdict.SUPPORTED)) {
            return ClaimVerdict.SUPPORTED;
        }
        if (covered.stream().allMatch(v -> v == ClaimVerdict.CONTRADICTED)) {
            return ClaimVerdict.CONTRADICTED;
        }
        return ClaimVerdict.PARTIALLY_SUPPORTED;
    }
}
