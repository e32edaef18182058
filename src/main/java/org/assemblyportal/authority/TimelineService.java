package org.assemblyportal.authority;

import java.time.Clock;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.assemblyportal.assembly.CaseAccess;
import org.assemblyportal.assembly.CaseService;
import org.assemblyportal.assembly.FilingService;
import org.assemblyportal.authority.TimelineEntry.Kind;
import org.assemblyportal.base.ForbiddenException;
import org.assemblyportal.base.NotFoundException;
import org.assemblyportal.jurisdiction.JurisdictionService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A case in one chronological view: filings, proofs added later, the authority's responses,
 * deadlines past and coming and compliance findings, each from its own {@link TimelineSource}.
 * Same access as the response log: organizers, co-organizers and lawyers of the case.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class TimelineService {

    private final List<TimelineSource> sources;
    private final CaseAccess access;
    private final CaseService cases;
    private final FilingService filings;
    private final ResponseService responses;
    private final ComplianceService compliance;
    private final JurisdictionService jurisdictions;
    private final Clock clock;

    TimelineService(List<TimelineSource> sources, CaseAccess access, CaseService cases, FilingService filings,
            ResponseService responses, ComplianceService compliance, JurisdictionService jurisdictions, Clock clock) {
        this.sources = List.copyOf(sources);
        this.access = access;
        this.cases = cases;
        this.filings = filings;
        this.responses = responses;
        this.compliance = compliance;
        this.jurisdictions = jurisdictions;
        this.clock = clock;
    }

    /** The whole timeline, oldest first. */
    public List<TimelineEntry> timeline(UUID caseId) {
        return timeline(caseId, Set.of());
    }

    /** The entries of the given kinds (all when none is given), oldest first. */
    public List<TimelineEntry> timeline(UUID caseId, Collection<Kind> kinds) {
        if (!access.require(caseId).draftsApplication()) {
            throw new ForbiddenException("timeline.not-allowed");
        }
        var wanted = kinds == null || kinds.isEmpty() ? EnumSet.allOf(Kind.class) : EnumSet.copyOf(kinds);
        var details = cases.get(caseId);
        var jurisdiction = jurisdictions.jurisdiction(details.jurisdictionCode()).orElseThrow(() ->
                new NotFoundException("jurisdiction.not-found", details.jurisdictionCode()));
        var now = clock.instant();
        var context = new TimelineContext(details, jurisdiction, now, () -> filings.filings(caseId),
                () -> responses.responses(caseId), () -> compliance.findings(caseId));
        return sources.stream().filter(s -> s.kinds().stream().anyMatch(wanted::contains))
                .flatMap(s -> s.entries(context).stream())
                .filter(e -> wanted.contains(e.kind()))
                .map(e -> e.asOf(now))
                .sorted(TimelineEntry.CHRONOLOGICAL)
                .toList();
    }

    /** The kinds a timeline can have, in their order, to filter by. */
    public List<Kind> kinds() {
        var offered = EnumSet.noneOf(Kind.class);
        sources.forEach(s -> offered.addAll(s.kinds()));
        return List.copyOf(offered);
    }
}
