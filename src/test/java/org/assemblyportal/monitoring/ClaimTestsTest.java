package org.assemblyportal.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.assemblyportal.monitoring.ClaimTestResult.SegmentResult;
import org.assemblyportal.monitoring.ClaimTests.ClaimedSegment;
import org.junit.jupiter.api.Test;

/** The Almaty works claim, 8 March 2022 from 11:00 to 13:00 Almaty time (05:00 to 07:00 UTC), on three segments. */
class ClaimTestsTest {

    static final UUID CLAIM = UUID.randomUUID();
    static final Instant START = Instant.parse("2022-03-08T05:00:00Z");
    static final Instant END = Instant.parse("2022-03-08T07:00:00Z");
    static final List<ClaimedSegment> SEGMENTS = List.of(new ClaimedSegment(1, "Valikhanov square – Shevchenko street"),
            new ClaimedSegment(2, "Shevchenko street – Gandhi park"), new ClaimedSegment(3, "Gandhi park – Abay avenue"));
    static final String AIGUL = "Aigul";
    static final String DANIYAR = "Daniyar";

    static ClaimEvidence seen(int segment, String at, String monitor, ClaimVerdict verdict) {
        return new ClaimEvidence(UUID.randomUUID(), segment, Instant.parse(at), monitor, verdict);
    }

    @Test
    void fences_without_works_on_two_segments_contradict_the_claim_and_the_third_is_not_covered() {
        var evidence = List.of(seen(1, "2022-03-08T05:10:00Z", AIGUL, ClaimVerdict.CONTRADICTED),
                seen(1, "2022-03-08T05:12:00Z", DANIYAR, ClaimVerdict.CONTRADICTED),
                seen(2, "2022-03-08T05:40:00Z", AIGUL, ClaimVerdict.CONTRADICTED));

        var result = ClaimTests.test(CLAIM, SEGMENTS, START, END, evidence);

        assertThat(result.verdict()).isEqualTo(ClaimVerdict.CONTRADICTED);
        assertThat(result.coveredSegments()).isEqualTo(2);
        assertThat(result.segments()).extracting(SegmentResult::segment, SegmentResult::verdict, SegmentResult::monitors)
                .containsExactly(tuple(1, ClaimVerdict.CONTRADICTED, 2), tuple(2, ClaimVerdict.CONTRADICTED, 1),
                        tuple(3, ClaimVerdict.NOT_COVERED, 0));
        assertThat(result.segments().get(0).firstSeen()).isEqualTo(Instant.parse("2022-03-08T05:10:00Z"));
        assertThat(result.segments().get(0).lastSeen()).isEqualTo(Instant.parse("2022-03-08T05:12:00Z"));
        assertThat(result.segments().get(0).observations()).containsExactly(evidence.get(0).observationId(),
                evidence.get(1).observationId());
    }

    @Test
    void where_monitors_disagree_the_segment_reports_what_favours_the_authority_most() {
        var result = ClaimTests.test(CLAIM, SEGMENTS.subList(0, 1), START, END,
                List.of(seen(1, "2022-03-08T05:10:00Z", AIGUL, ClaimVerdict.CONTRADICTED),
                        seen(1, "2022-03-08T05:20:00Z", DANIYAR, ClaimVerdict.PARTIALLY_SUPPORTED)));

        assertThat(result.segments().get(0).verdict()).isEqualTo(ClaimVerdict.PARTIALLY_SUPPORTED);
        assertThat(result.verdict()).isEqualTo(ClaimVerdict.PARTIALLY_SUPPORTED);
    }

    @Test
    void observations_outside_the_window_off_the_segments_or_saying_nothing_do_not_cover_a_segment() {
        var result = ClaimTests.test(CLAIM, SEGMENTS, START, END,
                List.of(seen(1, "2022-03-08T04:59:59Z", AIGUL, ClaimVerdict.SUPPORTED),
                        seen(2, "2022-03-08T07:00:01Z", AIGUL, ClaimVerdict.SUPPORTED),
                        seen(4, "2022-03-08T06:00:00Z", AIGUL, ClaimVerdict.SUPPORTED),
                        seen(3, "2022-03-08T06:00:00Z", DANIYAR, null)));

        assertThat(result.verdict()).isEqualTo(ClaimVerdict.NOT_COVERED);
        assertThat(result.coveredSegments()).isZero();
    }

    @Test
    void both_ends_of_the_window_count_and_works_seen_everywhere_support_the_claim() {
        var result = ClaimTests.test(CLAIM, SEGMENTS.subList(0, 2), START, END,
                List.of(seen(1, "2022-03-08T05:00:00Z", AIGUL, ClaimVerdict.SUPPORTED),
                        seen(2, "2022-03-08T07:00:00Z", DANIYAR, ClaimVerdict.SUPPORTED)));

        assertThat(result.verdict()).isEqualTo(ClaimVerdict.SUPPORTED);
    }

    @Test
    void works_on_one_segment_and_none_on_another_make_the_claim_partially_supported() {
        var result = ClaimTests.test(CLAIM, SEGMENTS.subList(0, 2), START, END,
                List.of(seen(1, "2022-03-08T05:30:00Z", AIGUL, ClaimVerdict.SUPPORTED),
                        seen(2, "2022-03-08T05:30:00Z", DANIYAR, ClaimVerdict.CONTRADICTED)));

        assertThat(result.verdict()).isEqualTo(ClaimVerdict.PARTIALLY_SUPPORTED);
    }
}
