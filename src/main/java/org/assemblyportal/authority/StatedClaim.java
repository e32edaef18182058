package org.assemblyportal.authority;

import static org.assemblyportal.evidence.LedgerEvent.micros;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.assemblyportal.assembly.RouteSegment;
import org.hibernate.annotations.Immutable;

/**
 * A factual reason of a response, recorded as a claim to test: never changed or deleted, like the
 * response it comes from. A correction is a new claim naming the one it corrects.
 */
@Entity
@Immutable
@Table(name = "stated_claim")
class StatedClaim {

    static final int NAME_MAX = 1000;
    static final int QUOTE_MAX = 5000;

    @Id
    private UUID id;
    /** Set by the database on insert: the order of recording, also within one clock tick. */
    @Column(insertable = false, updatable = false)
    private Long position;
    @Column(name = "case_id", nullable = false)
    private UUID caseId;
    @Column(name = "response_id", nullable = false)
    private UUID responseId;
    @Column(name = "filing_sequence", nullable = false)
    private int filingSequence;
    @Column(name = "corrects_id")
    private UUID corrects;
    @Enumerated(EnumType.STRING)
    @Column(name = "claim_type", nullable = false, length = 40)
    private ClaimType type;
    @Column(length = NAME_MAX)
    private String place;
    @Column(name = "window_start", nullable = false)
    private Instant windowStart;
    @Column(name = "window_end", nullable = false)
    private Instant windowEnd;
    @Column(name = "window_zone", nullable = false, length = 64)
    private String windowZone;
    @Column(nullable = false, length = QUOTE_MAX)
    private String quote;
    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;
    @Column(name = "recorded_by", nullable = false)
    private UUID recordedBy;
    @ElementCollection
    @CollectionTable(name = "stated_claim_segment", joinColumns = @JoinColumn(name = "claim_id"))
    @OrderColumn(name = "segment_index")
    private List<ClaimSegment> segments = new ArrayList<>();

    protected StatedClaim() {
    }

    StatedClaim(UUID caseId, ResponseView response, UUID corrects, ClaimType type, String place,
            List<RouteSegment> segments, ZonedDateTime windowStart, ZonedDateTime windowEnd, String quote,
            Instant recordedAt, UUID recordedBy) {
        this.id = UUID.randomUUID();
        this.caseId = caseId;
        this.responseId = response.id();
        this.filingSequence = response.filingSequence();
        this.corrects = corrects;
        this.type = type;
        this.place = place;
        this.segments = new ArrayList<>(segments.stream().map(ClaimSegment::new).toList());
        this.windowStart = micros(windowStart.toInstant());
        this.windowEnd = micros(windowEnd.toInstant());
        this.windowZone = windowStart.getZone().getId();
        this.quote = quote;
        this.recordedAt = micros(recordedAt);
        this.recordedBy = recordedBy;
    }

    UUID id() {
        return id;
    }

    UUID responseId() {
        return responseId;
    }

    UUID recordedBy() {
        return recordedBy;
    }

    UUID caseId() {
        return caseId;
    }

    AuthorityLedger.ClaimPayload ledgerPayload() {
        return new AuthorityLedger.ClaimPayload(1, id, responseId, filingSequence, corrects, type, place,
                segments.stream().map(ClaimSegment::ledgerEntry).toList(), micros(windowStart),
                micros(windowEnd), windowZone, quote, micros(recordedAt));
    }

    ClaimView view(String recordedByName) {
        var zone = ZoneId.of(windowZone);
        return new ClaimView(id, caseId, responseId, filingSequence, corrects, type, place,
                segments.stream().map(ClaimSegment::view).toList(), windowStart.atZone(zone), windowEnd.atZone(zone),
                quote, recordedAt, recordedByName);
    }
}
