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

    /**
     * Only the authority's due date for a registration, without the organizers' filing window: it
     * needs the calendar around the registration, not around the assembly (which may lie in a year
     * whose decrees are not out yet). Empty when the law sets the authority no deadline.
     */
    @PreAuthorize("permitAll()")
    public java.util.Optional<DeadlineResult.AuthorityDue> authorityDue(String code, AssemblyForm form, LocalDate registeredOn) {
        var jurisdiction = jurisdictions.jurisdiction(code).orElseThrow(() ->
                new LocalizedException("deadline.unknown-jurisdiction", String.valueOf(code)));
        var rule = DeadlineCalculator.ruleOn(jurisdiction, form, registeredOn);
        return rule.response() == null ? java.util.Optional.empty() : java.util.Optional.of(DeadlineCalculator.authorityDue(
                jurisdiction.calendar(), rule.response(), registeredOn, jurisdiction.summary().zone()));
    }

    /**
     * The last day to appeal a decision received on {@code receivedOn}, from the rule file's
     * {@code appeal} section. Empty when the rule file names no appeal or no fixed period for it.
     */
    @PreAuthorize("permitAll()")
    public java.util.Optional<DeadlineResult.AppealDue> appealDue(String code, LocalDate receivedOn) {
        var jurisdiction = jurisdictions.jurisdiction(code).orElseThrow(() ->
                new LocalizedException("deadline.unknown-jurisdiction", String.valueOf(code)));
        return jurisdiction.appeal() == null ? java.util.Optional.empty()
                : java.util.Optional.ofNullable(DeadlineCalculator.appealDue(jurisdiction.calendar(), jurisdiction.appeal(),
                        receivedOn, jurisdiction.summary().zone()));
    }

    /** Today in the jurisdiction's own time zone: legal days are local days. */
    @PreAuthorize("permitAll()")
    public LocalDate today(Jurisdiction jurisdiction) {
        return LocalDate.now(clock.withZone(jurisdiction.summary().zone()));
    }
}
