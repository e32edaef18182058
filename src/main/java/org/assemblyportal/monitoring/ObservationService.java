package org.assemblyportal.monitoring;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.assemblyportal.assembly.CaseAccess;
import org.assemblyportal.assembly.CaseRole;
import org.assemblyportal.assembly.FiledRoute;
import org.assemblyportal.assembly.FilingService;
import org.assemblyportal.assembly.RouteSegment;
import org.assemblyportal.authority.ClaimService;
import org.assemblyportal.authority.ClaimView;
import org.assemblyportal.base.CanonicalJson;
import org.assemblyportal.base.ConflictException;
import org.assemblyportal.base.ForbiddenException;
import org.assemblyportal.base.InvalidInputException;
import org.assemblyportal.base.InvalidInputException.FieldViolation;
import org.assemblyportal.base.LocalizedException;
import org.assemblyportal.base.NotFoundException;
import org.assemblyportal.base.Violations;
import org.assemblyportal.evidence.CaseLedger;
import org.assemblyportal.security.CurrentUser;
import org.assemblyportal.security.UserService;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the monitors of a case saw, kept as evidence (ADR 011). The case's monitors record, correct
 * and retract observations; its organizers, co-organizers and lawyers read them; everyone else is
 * told the case does not exist. Nothing is changed or deleted: a correction or a retraction is a new
 * version superseding the latest one. Every request carries a client id made by the phone, so that a
 * retry (a double tap, a lost answer, a batch sent again) stores nothing twice.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class ObservationService {

    /** The most versions one page of {@link #observations} carries. */
    public static final int PAGE_MAX = 500;
    /** The most observations one batch carries. */
    public static final int BATCH_MAX = 500;
    static final double ACCURACY_MAX = 1_000_000;
    static final double LENGTH_MAX = 100_000;

    private final ObservationRepository observations;
    private final ObservationMediaRepository media;
    private final CaseAccess access;
    private final FilingService filings;
    private final ClaimService claims;
    private final CurrentUser currentUser;
    private final UserService users;
    private final Clock clock;
    private final CaseLedger ledger;
    private final TransactionTemplate ownTransaction;

    ObservationService(ObservationRepository observations, ObservationMediaRepository media, CaseAccess access,
            FilingService filings, ClaimService claims, CurrentUser currentUser, UserService users, Clock clock,
            PlatformTransactionManager transactions, CaseLedger ledger) {
        this.observations = observations;
        this.media = media;
        this.access = access;
        this.filings = filings;
        this.claims = claims;
        this.currentUser = currentUser;
        this.users = users;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ledger = ledger;
    }

    /**
     * Records an observation of the case, every problem reported at once. Sent again with the same
     * client id and content, it stores nothing and returns what was stored ({@code created} false);
     * with the same client id and other content, it is refused as a conflict.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public Recorded record(UUID caseId, NewObservation observation) {
        var content = normalized(observation);
        return inOwnTransaction(() -> {
            requireMonitor(caseId);
            return save(new CaseFacts(caseId), null, content, null);
        });
    }

    /**
     * Records a batch of new observations (1 to {@value #BATCH_MAX}), as a phone syncing a backlog sends them.
     * Each is answered as {@link #record} would answer it alone, in the batch's order: created, replayed (the
     * same client id and content stored before, also earlier in this batch), a conflict (the client id with
     * other content) or invalid (every problem at once); a refused one does not keep the others from being
     * stored. The caller is checked once as a monitor of the case, and the filed route, the case's claims and
     * the recorder's name are looked up once for the batch. It is stored in one transaction. When a racing
     * request stores one of its client ids first (the unique key fails) or the database gives up waiting for a
     * lock, that transaction is rolled back whole and each item is stored as {@link #record} stores it, in a
     * transaction of its own that is tried once more on a race (ADR 011).
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public List<BatchItemResult> recordAll(UUID caseId, List<NewObservation> batch) {
        var contents = batch == null ? List.<NewObservation>of()
                : batch.stream().map(o -> o == null ? null : normalized(o)).toList();
        var facts = new CaseFacts(caseId);
        try {
            return ownTransaction.execute(status -> {
                requireMonitor(caseId);
                if (contents.isEmpty() || contents.size() > BATCH_MAX) {
                    throw new LocalizedException("observation.batch-size", BATCH_MAX);
                }
                return storeAll(facts, contents);
            });
        } catch (DataIntegrityViolationException | ConcurrencyFailureException raced) {
            return contents.stream().map(content -> storeOne(facts, content)).toList();
        }
    }

    /**
     * Records a correction: a new version of the observation superseding version {@code observationId},
     * which stays as it was. Only the latest version of an observation that is not retracted can be
     * corrected; any monitor of the case may correct it, and each version keeps who sent it.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public Recorded correct(UUID caseId, UUID observationId, NewObservation observation) {
        var content = normalized(observation);
        return inOwnTransaction(() -> {
            requireMonitor(caseId);
            var previous = observations.findByIdAndCaseId(observationId, caseId)
                    .orElseThrow(() -> new NotFoundException("observation.not-found"));
            return save(new CaseFacts(caseId), previous, content, null);
        });
    }

    /**
     * Retracts an observation: a new version superseding the latest one, with the same content and the
     * reason it no longer stands. It stays in the list, marked retracted. Retracting again with the same
     * reason returns the retraction stored.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public Recorded retract(UUID caseId, UUID observationId, String reason) {
        return inOwnTransaction(() -> {
            requireMonitor(caseId);
            var previous = observations.findByIdAndCaseId(observationId, caseId)
                    .orElseThrow(() -> new NotFoundException("observation.not-found"));
            var why = reason == null || reason.isBlank() ? null : reason.strip();
            new Violations().requireText("reason", why, Observation.REASON_MAX).throwIfAny();
            var retractionId = UUID.nameUUIDFromBytes(("retraction of " + previous.id()).getBytes(StandardCharsets.UTF_8));
            return save(new CaseFacts(caseId), previous, previous.content(retractionId), why);
        });
    }

    /**
     * The versions received at or after {@code since} (all if null), in the order of receipt, a page at
     * a time: a phone syncing passes the receipt time of the last version it has, and may get that one again.
     */
    @Transactional(readOnly = true)
    public Page<ObservationView> observations(UUID caseId, Instant since, Pageable pageable) {
        access.require(caseId);
        var page = PageRequest.of(pageable.getPageNumber(), Math.min(Math.max(pageable.getPageSize(), 1), PAGE_MAX));
        var found = observations.findReceivedSince(caseId, since == null ? Instant.EPOCH : since, page);
        var views = views(caseId, found.getContent());
        return found.map(o -> views.get(o.id()));
    }

    /** The latest version of each observation of the case, retracted ones included and marked, in the order of the phones' clocks. */
    @Transactional(readOnly = true)
    public List<ObservationView> current(UUID caseId) {
        access.require(caseId);
        var latest = observations.findLatestByCaseId(caseId);
        var views = views(caseId, latest);
        return latest.stream().map(o -> views.get(o.id())).toList();
    }

    /** Every version of the observation that version {@code observationId} belongs to, the first first. */
    @Transactional(readOnly = true)
    public List<ObservationView> history(UUID caseId, UUID observationId) {
        access.require(caseId);
        var version = observations.findByIdAndCaseId(observationId, caseId)
                .orElseThrow(() -> new NotFoundException("observation.not-found"));
        var chain = observations.findChain(caseId, version.chainId());
        var views = views(caseId, chain);
        return chain.stream().map(o -> views.get(o.id())).toList();
    }

    /** The case an observation belongs to, if the signed-in user is a member of it; "not found" otherwise. */
    @Transactional(readOnly = true)
    public UUID caseOf(UUID observationId) {
        return observations.findCaseIdById(observationId).filter(caseId -> access.roleIn(caseId).isPresent())
                .orElseThrow(() -> new NotFoundException("observation.not-found"));
    }

    /** Whether the signed-in user records observations in this case (its monitors do). */
    @Transactional(readOnly = true)
    public boolean mayRecord(UUID caseId) {
        return access.roleIn(caseId).filter(role -> role == CaseRole.MONITOR).isPresent();
    }

    private Recorded save(CaseFacts facts, Observation previous, NewObservation content, String retractionReason) {
        var caseId = facts.caseId;
        if (content.clientId() == null) {
            new Violations().add("clientId", "validation.required").throwIfAny();
        }
        var sha256 = fingerprint(content, previous, retractionReason);
        var stored = observations.findByCaseIdAndClientId(caseId, content.clientId());
        if (stored.isPresent()) {
            return replay(caseId, stored.get(), sha256);
        }
        Optional<FiledRoute> route = retractionReason == null ? check(facts, content) : Optional.empty();
        if (previous != null) {
            if (previous.retracted()) {
                throw new ConflictException("observation.retracted");
            }
            if (observations.existsBySupersedes(previous.id())) {
                throw new ConflictException("observation.already-superseded");
            }
        }
        var observation = new Observation(caseId, previous, content, sha256, retractionReason, clock.instant(),
                currentUser.id());
        // A request racing this one with the same client id, or superseding the same version, fails here on a
        // unique key; inOwnTransaction then tries it once more.
        observations.saveAndFlush(observation);
        ledger.append(MonitoringLedger.event(observation));
        var segmentName = content.segment() == null ? null
                : previous != null && retractionReason != null ? segmentNames(caseId).get(content.segment())
                : segmentName(route, content.segment());
        return new Recorded(observation.view(segmentName, facts.recorderName(), media(List.of(observation))
                .getOrDefault(observation.chainId(), List.of())), true);
    }

    /**
     * The batch in the caller's transaction: the stored versions of its client ids read in one query, each item
     * checked and inserted, one flush at the end. A racing request's client id fails on the unique key at the
     * flush, and {@link #recordAll} does the batch again item by item.
     */
    private List<BatchItemResult> storeAll(CaseFacts facts, List<NewObservation> contents) {
        var caseId = facts.caseId;
        var clientIds = contents.stream().filter(c -> c != null && c.clientId() != null)
                .map(NewObservation::clientId).distinct().toList();
        var stored = new HashMap<UUID, Observation>();
        if (!clientIds.isEmpty()) {
            observations.findByCaseIdAndClientIdIn(caseId, clientIds).forEach(o -> stored.put(o.clientId(), o));
        }
        var results = new ArrayList<BatchItemResult>(contents.size());
        var replays = new HashMap<Integer, Observation>();
        for (var content : contents) {
            if (content == null || content.clientId() == null) {
                results.add(BatchItemResult.refused(null, BatchItemResult.Status.INVALID,
                        List.of(FieldViolation.of("clientId", "validation.required"))));
                continue;
            }
            var sha256 = fingerprint(content, null, null);
            var earlier = stored.get(content.clientId());
            if (earlier != null) {
                if (earlier.contentSha256().equals(sha256)) {
                    replays.put(results.size(), earlier);
                    results.add(null);
                } else {
                    results.add(conflict(content.clientId(), new ConflictException("observation.client-id-used")));
                }
                continue;
            }
            Optional<FiledRoute> route;
            try {
                route = check(facts, content);
            } catch (InvalidInputException invalid) {
                results.add(BatchItemResult.refused(content.clientId(), BatchItemResult.Status.INVALID,
                        invalid.violations()));
                continue;
            }
            var observation = new Observation(caseId, null, content, sha256, null, clock.instant(), currentUser.id());
            observations.save(observation);
            ledger.append(MonitoringLedger.event(observation));
            stored.put(content.clientId(), observation);
            // A new observation has no media yet.
            results.add(BatchItemResult.stored(new Recorded(observation.view(segmentName(route, content.segment()),
                    facts.recorderName(), List.of()), true)));
        }
        observations.flush();
        if (!replays.isEmpty()) {
            var views = views(caseId, List.copyOf(replays.values()));
            replays.forEach((i, o) -> results.set(i, BatchItemResult.stored(new Recorded(views.get(o.id()), false))));
        }
        return results;
    }

    /** One item of a batch after a race, stored exactly as {@link #record} stores it (the caller is checked). */
    private BatchItemResult storeOne(CaseFacts facts, NewObservation content) {
        if (content == null) {
            return BatchItemResult.refused(null, BatchItemResult.Status.INVALID,
                    List.of(FieldViolation.of("clientId", "validation.required")));
        }
        try {
            return BatchItemResult.stored(inOwnTransaction(() -> save(facts, null, content, null)));
        } catch (InvalidInputException invalid) {
            return BatchItemResult.refused(content.clientId(), BatchItemResult.Status.INVALID, invalid.violations());
        } catch (ConflictException conflict) {
            return conflict(content.clientId(), conflict);
        }
    }

    private static BatchItemResult conflict(UUID clientId, ConflictException conflict) {
        return BatchItemResult.refused(clientId, BatchItemResult.Status.CONFLICT,
                List.of(FieldViolation.of("clientId", conflict.messageKey(), conflict.messageArguments())));
    }

    private static String segmentName(Optional<FiledRoute> route, Integer segment) {
        return route.flatMap(r -> segmentOf(r, segment)).map(RouteSegment::name).orElse(null);
    }

    /**
     * One attempt to store, in a transaction of its own (a caller's is suspended). Two requests with the same
     * client id (a retry racing the first) or superseding the same version may both pass the checks; the
     * database's unique keys let one in and fail the other, whose transaction is rolled back whole. That one is
     * tried once more in a fresh transaction, where it reads the winner: the same content answers with what was
     * stored, other content and a second correction of one version are conflicts, as without a race.
     */
    private Recorded inOwnTransaction(Supplier<Recorded> attempt) {
        try {
            return ownTransaction.execute(status -> attempt.get());
        } catch (DataIntegrityViolationException raced) {
            return ownTransaction.execute(status -> attempt.get());
        }
    }

    private Recorded replay(UUID caseId, Observation stored, String sha256) {
        if (!stored.contentSha256().equals(sha256)) {
            throw new ConflictException("observation.client-id-used");
        }
        return new Recorded(views(caseId, List.of(stored)).get(stored.id()), false);
    }

    /**
     * Checks an observation against the rules and the case: its segment on the filed route, its claim
     * among the case's claims. Returns the filed route when the observation names a segment.
     */
    private Optional<FiledRoute> check(CaseFacts facts, NewObservation o) {
        var violations = new Violations();
        if (o.category() == null) {
            violations.add("category", "validation.required");
        }
        if (o.deviceTime() == null) {
            violations.add("deviceTime", "validation.required");
        }
        Optional<FiledRoute> route = Optional.empty();
        if (o.segment() != null) {
            route = facts.route();
            if (route.flatMap(r -> segmentOf(r, o.segment())).isEmpty()) {
                violations.add("segment", "observation.unknown-segment", o.segment());
            }
        }
        checkLocation(o.location(), violations);
        tooLong(violations, "landmark", o.landmark(), Observation.LANDMARK_MAX);
        violations.requireText("facts", o.facts(), Observation.TEXT_MAX);
        tooLong(violations, "assessment", o.assessment(), Observation.TEXT_MAX);
        tooLong(violations, "policing", o.policing(), Observation.TEXT_MAX);
        var counts = o.counts();
        notNegative(violations, field("counts", "participants"), counts.participants());
        notNegative(violations, field("counts", "policeOfficers"), counts.policeOfficers());
        notNegative(violations, field("counts", "vehicles"), counts.vehicles());
        notNegative(violations, field("counts", "detainees"), counts.detainees());
        checkObstacle(o, violations);
        checkClaimTest(facts, o.claimTest(), violations);
        violations.throwIfAny();
        return route;
    }

    private static void checkLocation(Location location, Violations violations) {
        if (location == null) {
            return;
        }
        if (location.latitude() == null || location.longitude() == null || location.accuracyMetres() == null) {
            violations.add("location", "observation.location-incomplete");
            return;
        }
        if (!(location.latitude() >= -90 && location.latitude() <= 90)) {
            violations.add(field("location", "latitude"), "observation.latitude-range", location.latitude());
        }
        if (!(location.longitude() >= -180 && location.longitude() <= 180)) {
            violations.add(field("location", "longitude"), "observation.longitude-range", location.longitude());
        }
        if (!(location.accuracyMetres() >= 0 && location.accuracyMetres() <= ACCURACY_MAX)) {
            violations.add(field("location", "accuracyMetres"), "observation.accuracy-range", (long) ACCURACY_MAX);
        }
    }

    private static void checkObstacle(NewObservation o, Violations violations) {
        var obstacle = o.obstacle();
        if (obstacle == null) {
            return;
        }
        if (o.category() != null && o.category() != ObservationCategory.OBSTACLES) {
            violations.add("obstacle", "observation.obstacle-category");
        }
        if (obstacle.type() == null) {
            violations.add(field("obstacle", "type"), "validation.required");
        }
        if (obstacle.lengthMetres() != null && !(obstacle.lengthMetres() >= 0 && obstacle.lengthMetres() <= LENGTH_MAX)) {
            violations.add(field("obstacle", "lengthMetres"), "observation.length-range", (long) LENGTH_MAX);
        }
        var share = obstacle.carriagewayBlockedPercent();
        if (share != null && (share < 0 || share > 100)) {
            violations.add(field("obstacle", "carriagewayBlockedPercent"), "observation.percent-range");
        }
        tooLong(violations, field("obstacle", "signage"), obstacle.signage(), Observation.SIGNAGE_MAX);
        tooLong(violations, field("obstacle", "permitNumber"), obstacle.permitNumber(), Observation.PERMIT_MAX);
    }

    private static void checkClaimTest(CaseFacts facts, ClaimTest test, Violations violations) {
        if (test == null) {
            return;
        }
        if (test.claimId() == null) {
            violations.add(field("claimTest", "claimId"), "validation.required");
        } else if (!facts.claimIds().contains(test.claimId())) {
            violations.add(field("claimTest", "claimId"), "observation.unknown-claim");
        }
        if (test.assessment() == null) {
            violations.add(field("claimTest", "assessment"), "validation.required");
        }
        if (test.confidence() == null) {
            violations.add(field("claimTest", "confidence"), "validation.required");
        }
    }

    private static void tooLong(Violations violations, String field, String value, int max) {
        if (value != null && value.length() > max) {
            violations.add(field, "validation.too-long", max);
        }
    }

    private static void notNegative(Violations violations, String field, Integer value) {
        if (value != null && value < 0) {
            violations.add(field, "observation.count-negative");
        }
    }

    /**
     * Short texts (landmark, signage, permit number) are stripped; what was seen and thought is kept
     * as typed. Blank texts, an empty obstacle block and an empty claim test count as none.
     */
    private static NewObservation normalized(NewObservation o) {
        var obstacle = o.obstacle() == null ? null : new ObstacleDetails(o.obstacle().type(), o.obstacle().lengthMetres(),
                o.obstacle().carriagewayBlockedPercent(), o.obstacle().passable(), o.obstacle().workersPresent(),
                o.obstacle().workInProgress(), stripped(o.obstacle().signage()), stripped(o.obstacle().permitNumber()));
        if (obstacle != null && obstacle.equals(new ObstacleDetails(null, null, null, null, null, null, null, null))) {
            obstacle = null;
        }
        var test = o.claimTest() == null || o.claimTest().equals(new ClaimTest(null, null, null)) ? null : o.claimTest();
        var location = o.location() == null || o.location().equals(new Location(null, null, null)) ? null : o.location();
        return new NewObservation(o.clientId(), o.category(), o.segment(), o.deviceTime(), location,
                stripped(o.landmark()), asTyped(o.facts()), asTyped(o.assessment()), o.counts(), obstacle,
                asTyped(o.policing()), test);
    }

    private static String stripped(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String asTyped(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /** The SHA-256 of what a request asks to store, to tell a retry from other content under a used client id. */
    private static String fingerprint(NewObservation content, Observation previous, String retractionReason) {
        var json = CanonicalJson.write(Map.of("content", content,
                "supersedes", previous == null ? "" : previous.id().toString(),
                "retractionReason", retractionReason == null ? "" : retractionReason));
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(json.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }

    private Map<UUID, ObservationView> views(UUID caseId, List<Observation> list) {
        if (list.isEmpty()) {
            return Map.of();
        }
        var names = users.refs(list.stream().map(Observation::recordedBy).distinct().toList());
        var segments = list.stream().anyMatch(o -> o.segment() != null) ? segmentNames(caseId)
                : Map.<Integer, String>of();
        var files = media(list);
        return list.stream().collect(Collectors.toMap(Observation::id,
                o -> o.view(o.segment() == null ? null : segments.get(o.segment()), names.get(o.recordedBy()).displayName(),
                        files.getOrDefault(o.chainId(), List.of())),
                (a, b) -> a));
    }

    /**
     * The media of the chains these versions belong to, by chain, in the order they arrived: one query
     * for the whole list, previews included. Every version of a chain lists them all (ADR 012).
     */
    private Map<UUID, List<ObservationView.Media>> media(List<Observation> list) {
        var chains = list.stream().map(Observation::chainId).distinct().toList();
        return media.findByChainIds(chains).stream().collect(Collectors.groupingBy(m -> m.media().chainId(),
                Collectors.mapping(m -> m.media().view(m.thumbnailSha256()), Collectors.toList())));
    }

    private Map<Integer, String> segmentNames(UUID caseId) {
        return filings.filedRoute(caseId).map(r -> r.segments().stream()
                .collect(Collectors.toMap(RouteSegment::number, RouteSegment::name))).orElse(Map.of());
    }

    private static Optional<RouteSegment> segmentOf(FiledRoute route, Integer number) {
        return route.segments().stream().filter(s -> number != null && s.number() == number).findFirst();
    }

    /**
     * The name of a field inside a part of the request ("counts", "participants" gives counts.participants),
     * as violations name it.
     */
    public static String field(String part, String name) {
        return part + "." + name;
    }

    private void requireMonitor(UUID caseId) {
        if (access.require(caseId) != CaseRole.MONITOR) {
            throw new ForbiddenException("observation.not-allowed");
        }
    }

    /**
     * What the observations of one request share, each looked up when an item first needs it and then kept:
     * the case's filed route, the ids of its stated claims, the recorder's name. A single observation looks each
     * up at most once, a batch once for all its items.
     */
    private final class CaseFacts {

        private final UUID caseId;
        private Optional<FiledRoute> route;
        private Set<UUID> claimIds;
        private String recorderName;

        CaseFacts(UUID caseId) {
            this.caseId = caseId;
        }

        Optional<FiledRoute> route() {
            if (route == null) {
                route = filings.filedRoute(caseId);
            }
            return route;
        }

        Set<UUID> claimIds() {
            if (claimIds == null) {
                claimIds = claims.claims(caseId).stream().map(ClaimView::id).collect(Collectors.toUnmodifiableSet());
            }
            return claimIds;
        }

        String recorderName() {
            if (recorderName == null) {
                var id = currentUser.id();
                recorderName = users.refs(List.of(id)).get(id).displayName();
            }
            return recorderName;
        }
    }
}
