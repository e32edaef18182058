package org.assemblyportal.authority;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.assemblyportal.assembly.RouteSegment;

/** A route segment a claim is about, as the filed route named it when the claim was recorded. */
@Embeddable
class ClaimSegment {

    @Column(name = "segment_number", nullable = false)
    private int number;
    @Column(name = "from_name", nullable = false, length = StatedClaim.NAME_MAX)
    private String from;
    @Column(name = "to_name", nullable = false, length = StatedClaim.NAME_MAX)
    private String to;

    protected ClaimSegment() {
    }

    ClaimSegment(RouteSegment segment) {
        this.number = segment.number();
        this.from = segment.from();
        this.to = segment.to();
    }

    AuthorityLedger.ClaimSegmentEntry ledgerEntry() {
        return new AuthorityLedger.ClaimSegmentEntry(number, from, to);
    }

    RouteSegment view() {
        return new RouteSegment(number, from, to);
    }
}
