package org.assemblyportal.monitoring;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import org.assemblyportal.assembly.CaseAccess;
import org.assemblyportal.assembly.CaseRole;
import org.assemblyportal.authority.ClaimService;
import org.assemblyportal.authority.ClaimType;
import org.assemblyportal.authority.ClaimView;
import org.assemblyportal.base.ForbiddenException;
import org.assemblyportal.base.NotFoundException;
import org.assemblyportal.base.Violations;
import org.assemblyportal.evidence.CaseLedger;
import org.assemblyportal.monitoring.ClaimTests.ClaimedSegment;
import org.assemblyportal.security.CurrentUser;
import org.assemblyportal.security.UserService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each stated claim of a case tested against the current observations (decision 015), with the
 * lawyers' confirmations and overrides. Every member of the case reads the tests; the case's lawyers
 * review them.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class ClaimTestService {

    /** The pseudo-segment number of a claim about the place rather than the route. */
    public static final int PLACE = 0;

    private final ClaimService claims;
    private final ObservationService observations;
    private final ClaimTestReviewRepository reviews;
    private final CaseAccess access;
    private final CurrentUser currentUser;
    private final UserService users;
    private final Clock clock;
    private final CaseLedger ledger;

    ClaimTestService(ClaimService claims, ObservationService observations, ClaimTestReviewRepository reviews,
            CaseAccess access, CurrentUser currentUser, UserService users, Clock clock, CaseLedger ledger) {
        this.claims = claims;
        this.observations = observations;
        this.reviews = reviews;
        this.access = access;
        this.currentUser = currentUser;
        this.users = users;
        this.clock = clock;
        this.ledger = ledger;
    }

    /** Every claim of the case that stands (not corrected), with its test, in the order they were recorded. */
    @Transactional(readOnly = true)
    public List<ClaimTestView> tests(UUID caseId) {
        access.require(caseId);
        var all = claims.claims(caseId);
        var corrected = all.stream().map(ClaimView::corrects).filter(Objects::nonNull).collect(Collectors.toSet());
        var current = observations.current(caseId).stream().filter(o -> !o.retracted()).toList();
        var reviewed = reviewsByClaim(caseId);
        return all.stream().filter(c -> !corrected.contains(c.id()))
                .map(c -> new ClaimTestView(c, compute(c, current), reviewed.getOrDefault(c.id(), List.of()))).toList();
    }

    /** One claim with its test; "not found" for a claim of another case. */
    @Transactional(readOnly = true)
    public ClaimTestView test(UUID caseId, UUID claimId) {
        access.require(caseId);
        var claim = claims.claims(caseId).stream().filter(c -> c.id().equals(claimId)).findFirst()
                .orElseThrow(() -> new NotFoundException("claim.not-found"));
        var current = observations.current(caseId).stream().filter(o -> !o.retracted()).toList();
        return new ClaimTestView(claim, compute(claim, current), reviewsByClaim(caseId).getOrDefault(claimId, List.of()));
    }

    /**
     * A lawyer confirms the computed verdict ({@code verdict} equal to it, or null) or overrides it with
     * another, always with a reason. The computed verdict of the moment is kept beside the review.
     */
    public ClaimTestView review(UUID caseId, UUID claimId, ClaimVerdict verdict, String reason) {
        if (access.require(caseId) != CaseRole.LAWYER) {
            throw new ForbiddenException("claim-test.review-not-allowed");
        }
        var tested = test(caseId, claimId);
        var violations = new Violations().requireText("reason", reason, ClaimTestReview.REASON_MAX);
        violations.throwIfAny();
        var computed = tested.computed().verdict();
        var saved = reviews.saveAndFlush(new ClaimTestReview(caseId, claimId, computed,
                verdict == null ? computed : verdict, reason.strip(), clock.instant(), currentUser.id()));
        ledger.append(MonitoringLedger.event(saved));
        return test(caseId, claimId);
    }

    private Map<UUID, List<ClaimTestView.Review>> reviewsByClaim(UUID caseId) {
        var list = reviews.findByCaseIdOrderByPosition(caseId);
        var names = users.refs(list.stream().map(ClaimTestReview::recordedBy).distinct().toList());
        return list.stream().collect(Collectors.groupingBy(ClaimTestReview::claimId,
                Collectors.mapping(r -> r.view(names.get(r.recordedBy()).displayName()), Collectors.toList())));
    }

    static ClaimTestResult compute(ClaimView claim, List<ObservationView> current) {
        var segments = new ArrayList<ClaimedSegment>();
        if (claim.place() != null) {
            segments.add(new ClaimedSegment(PLACE, claim.place()));
        }
        claim.segments().forEach(s -> segments.add(new ClaimedSegment(s.number(), s.name())));
        var evidence = current.stream().map(o -> new ClaimEvidence(o.id(), o.segment() == null ? PLACE : o.segment(),
                o.deviceTime().toInstant(), o.recordedBy(), verdictOf(o, claim))).toList();
        return ClaimTests.test(claim.id(), segments, claim.windowStart().toInstant(), claim.windowEnd().toInstant(),
                evidence);
    }

    /**
     * What one observation says of the claim: the monitor's own assessment where the observation names
     * this claim; else, for a claim of works, what its obstacle details imply (decision 015); else nothing.
     */
    static ClaimVerdict verdictOf(ObservationView observation, ClaimView claim) {
        var test = observation.claimTest();
        if (test != null && claim.id().equals(test.claimId()) && test.assessment() != null) {
            return switch (test.assessment()) {
                case SUPPORTS -> ClaimVerdict.SUPPORTED;
                case CONTRADICTS -> ClaimVerdict.CONTRADICTED;
                case PARTIALLY -> ClaimVerdict.PARTIALLY_SUPPORTED;
                case NOT_ASSESSABLE -> null;
            };
        }
        var obstacle = observation.obstacle();
        if (claim.type() != ClaimType.CONSTRUCTION_WORKS || obstacle == null) {
            return null;
        }
        if (Boolean.TRUE.equals(obstacle.workInProgress()) || Boolean.TRUE.equals(obstacle.workersPresent())) {
            return ClaimVerdict.SUPPORTED;
        }
        if (Boolean.FALSE.equals(obstacle.workInProgress()) && Boolean.FALSE.equals(obstacle.workersPresent())) {
            return ClaimVerdict.PARTIALLY_SUPPORTED;
        }
        return null;
    }
}
