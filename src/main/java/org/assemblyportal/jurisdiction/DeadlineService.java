package org.assemblyportal.jurisdiction;

import java.time.Clock;
import java.time.LocalDate;
import org.assemblyportal.base.LocalizedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** Legal deadlines for anyone, signed in or not: the deadline engine with today's date. */
@Service
public class DeadlineService {

    private final JurisdictionService jurisdictions;
    private final Clock clock;

    DeadlineService(JurisdictionService jurisdictions, Clock clock) {
        this.jurisdictions = jurisdictions;
        this.clock = clock;
    }

    @PreAuthorize("permitAll()")
    public DeadlineResult compute(DeadlineQuery query) {
        var jurisdiction = jurisdictions.jurisdiction(query.jurisdiction()).orElseThrow(() ->
                new LocalizedException("deadline.unknown-jurisdiction", String.valueOf(query.jurisdiction())));
        return DeadlineCalculator.compute(jurisdiction, query, today(jurisdiction));
    }

    /** Today in the jurisdiction's own time zone: legal days are local days. */
    @PreAuthorize("permitAll()")
    public LocalDate today(Jurisdiction jurisdiction) {
        return LocalDate.now(clock.withZone(jurisdiction.summary().zone()));
    }
}
