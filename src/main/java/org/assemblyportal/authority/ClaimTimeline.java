package org.assemblyportal.authority;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.assemblyportal.assembly.RouteSegment;
import org.assemblyportal.authority.TimelineEntry.Kind;
import org.assemblyportal.base.i18n.MessageKey;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The stated claims on the timeline, at the start of the time they are said to apply: that is when
 * monitors must be on the street to test them.
 */
@Component
@Order(30)
class ClaimTimeline implements TimelineSource {

    private final ClaimService claims;

    ClaimTimeline(ClaimService claims) {
        this.claims = claims;
    }

    @Override
    public Set<Kind> kinds() {
        return Set.of(Kind.CLAIM);
    }

    @Override
    public List<TimelineEntry> entries(TimelineContext context) {
        return claims.claims(context.caseId()).stream().map(claim -> {
            var where = new ArrayList<String>();
            if (claim.place() != null) {
                where.add(claim.place());
            }
            claim.segments().stream().map(RouteSegment::name).forEach(where::add);
            return TimelineEntry.at(Kind.CLAIM, claim.windowStart().withZoneSameInstant(context.zone()), claim.id(),
                    claim.corrects() == null ? "timeline.claim" : "timeline.claim.correction",
                    new MessageKey(claim.type().messageKey()), String.join("; ", where)).withDetail(claim.quote());
        }).toList();
    }
}
