package org.assemblyportal.authority;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.assemblyportal.assembly.CaseAccess;
import org.assemblyportal.assembly.CaseService;
import org.assemblyportal.assembly.FiledRoute;
import org.assemblyportal.assembly.FilingService;
import org.assemblyportal.assembly.FilingView;
import org.assemblyportal.assembly.RouteSegment;
import org.assemblyportal.base.ConflictException;
import org.assemblyportal.base.ForbiddenException;
import org.assemblyportal.base.NotFoundException;
import org.assemblyportal.base.Violations;
import org.assemblyportal.evidence.CaseLedger;
import org.assemblyportal.jurisdiction.JurisdictionService;
import org.assemblyportal.security.CurrentUser;
import org.assemblyportal.security.UserService;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The authority's factual reasons as claims to test: what it asserted, where on the filed place or
 * route, when, in its own words. Organizers, co-organizers and lawyers of the case record claims;
 * every member reads them, monitors included, because monitors go out to test them. A claim reads
 * the same to monitors as to lawyers: its segment and place names are copied from the filing.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class ClaimService {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private final StatedClaimRepository claims;
    private final CaseAccess access;
    private final ResponseService responses;
    private final FilingService filings;
    private final CaseService cases;
    private final JurisdictionService jurisdictions;
    private final CurrentUser currentUser;
    private final UserService users;
    private final Clock clock;
    private final CaseLedger ledger;

    ClaimService(StatedClaimRepository claims, CaseAccess access, ResponseService responses, FilingService filings,
            CaseService cases, JurisdictionService jurisdictions, CurrentUser currentUser, UserService users,
            Clock clock, CaseLedger ledger) {
        this.claims = claims;
        this.access = access;
        this.responses = responses;
        this.filings = filings;
        this.cases = cases;
        this.jurisdictions = jurisdictions;
        this.currentUser = currentUser;
        this.users = users;
        this.clock = clock;
        this.ledger = ledger;
    }

    /** Records a claim from one of the case's responses; every problem is reported at once. */
    public ClaimView record(UUID caseId, NewClaim claim) {
        requireRecorder(caseId);
        return save(caseId, null, claim);
    }

    /**
     * Records a correction: a new claim that names the one it corrects, which stays as it was. A claim
     * is corrected once; to correct again, correct the correction.
     */
    public ClaimView correct(UUID caseId, UUID correctedId, NewClaim claim) {
        requireRecorder(caseId);
        claims.findByIdAndCaseId(correctedId, caseId).orElseThrow(() -> new NotFoundException("claim.not-found"));
        if (claims.existsByCorrects(correctedId)) {
            throw new ConflictException("claim.already-corrected");
        }
        return save(caseId, correctedId, claim);
    }

    /** The case's claims in the order they were recorded, for every member of the case. */
    @Transactional(readOnly = true)
    public List<ClaimView> claims(UUID caseId) {
        access.require(caseId);
        var list = claims.findWithSegmentsByCaseId(caseId);
        var names = users.refs(list.stream().map(StatedClaim::recordedBy).distinct().toList());
        return list.stream().map(c -> c.view(names.get(c.recordedBy()).displayName())).toList();
    }

    /** The route segments and the place a claim about this filing can name (empty where the filing has none). */
    @Transactional(readOnly = true)
    public FiledRoute whereOf(UUID caseId, int filingSequence) {
        requireRecorder(caseId);
        var filing = filings.filings(caseId).stream().filter(f -> f.sequence() == filingSequence).findFirst()
                .orElseThrow(() -> new NotFoundException("filing.not-found"));
        return where(filing);
    }

    private ClaimView save(UUID caseId, UUID corrects, NewClaim claim) {
        var violations = new Violations();
        var response = claim.responseId() == null ? null
                : responses.responses(caseId).stream().filter(r -> r.id().equals(claim.responseId())).findFirst()
                        .orElse(null);
        if (response == null) {
            violations.add("responseId", claim.responseId() == null ? "validation.required" : "claim.unknown-response");
        }
        if (claim.type() == null) {
            violations.add("type", "validation.required");
        }
        var zone = jurisdictions.jurisdiction(cases.get(caseId).jurisdictionCode())
                .orElseThrow(() -> new NotFoundException("jurisdiction.not-found")).summary().zone();
        ZonedDateTime start = claim.windowStart() == null ? null : claim.windowStart().atZone(zone);
        ZonedDateTime end = claim.windowEnd() == null ? null : claim.windowEnd().atZone(zone);
        if (start == null) {
            violations.add("windowStart", "validation.required");
        }
        if (end == null) {
            violations.add("windowEnd", "validation.required");
        } else if (start != null && !end.isAfter(start)) {
            violations.add("windowEnd", "claim.window-end-before-start");
        }
        var quote = claim.quote() == null || claim.quote().isBlank() ? null : claim.quote();
        if (quote == null) {
            violations.add("quote", "validation.required");
        } else if (quote.length() > StatedClaim.QUOTE_MAX) {
            violations.add("quote", "validation.too-long", StatedClaim.QUOTE_MAX);
        } else if (response != null && response.reasonText() != null
                && !normalized(response.reasonText()).contains(normalized(quote))) {
            violations.add("quote", "claim.quote-not-in-reason");
        }
        String place = null;
        var segments = new ArrayList<RouteSegment>();
        if (response != null) {
            var where = where(filings.filings(caseId).stream()
                    .filter(f -> f.sequence() == response.filingSequence()).findFirst().orElseThrow());
            if (claim.atPlace()) {
                if (where.place() == null) {
                    violations.add("atPlace", "claim.no-place");
                } else {
                    place = where.place();
                }
            }
            for (var number : claim.segments()) {
                where.segments().stream().filter(s -> s.number() == number).findFirst().ifPresentOrElse(segments::add,
                        () -> violations.add("segments", "claim.unknown-segment", number));
            }
            if (!claim.atPlace() && claim.segments().isEmpty()) {
                violations.add("segments", "claim.where-required");
            }
        }
        violations.throwIfAny();
        try {
            var saved = claims.saveAndFlush(new StatedClaim(caseId, response, corrects, claim.type(), place, segments,
                    start, end, quote, clock.instant(), currentUser.id()));
            ledger.append(AuthorityLedger.event(saved));
            return saved.view(users.refs(List.of(saved.recordedBy())).get(saved.recordedBy()).displayName());
        } catch (DataIntegrityViolationException correctedMeanwhile) {
            throw new ConflictException("claim.already-corrected");
        }
    }

    private static FiledRoute where(FilingView filing) {
        return FiledRoute.of(filing.sequence(), filing.snapshot());
    }

    /** Quotes are compared with runs of white space as one space, so a line break copied differently still matches. */
    private static String normalized(String text) {
        return WHITESPACE.matcher(text).replaceAll(" ").strip();
    }

    private void requireRecorder(UUID caseId) {
        if (!access.require(caseId).draftsApplication()) {
            throw new ForbiddenException("claim.not-allowed");
        }
    }
}
