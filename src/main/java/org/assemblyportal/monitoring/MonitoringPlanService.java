package org.assemblyportal.monitoring;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.assemblyportal.assembly.CaseAccess;
import org.assemblyportal.assembly.CaseDetails;
import org.assemblyportal.assembly.CaseMember;
import org.assemblyportal.assembly.CaseRole;
import org.assemblyportal.assembly.CaseService;
import org.assemblyportal.assembly.CaseSummary;
import org.assemblyportal.assembly.FiledRoute;
import org.assemblyportal.assembly.FilingService;
import org.assemblyportal.assembly.MembershipIds;
import org.assemblyportal.assembly.RouteSegment;
import org.assemblyportal.base.ConflictException;
import org.assemblyportal.base.ForbiddenException;
import org.assemblyportal.base.NotFoundException;
import org.assemblyportal.base.Violations;
import org.assemblyportal.evidence.CaseLedger;
import org.assemblyportal.jurisdiction.JurisdictionService;
import org.assemblyportal.security.CurrentUser;
import org.assemblyportal.security.UserRef;
import org.assemblyportal.security.UserService;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The monitoring plan of a case (ADR 013): the filed route's segments with their names, lines,
 * notes, repeat-photo waypoints and monitor pairs, and the walks scheduled along them, which are
 * tasks for the monitors of the segments they cover. Organizers, co-organizers and lawyers of the
 * case change the plan; every member reads it, monitors included; anyone else finds no case. Every
 * change is a new row, so the plan's history stays.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class MonitoringPlanService {

    private final PlanSegmentRevisionRepository revisions;
    private final PlanWalkRepository walks;
    private final PlanWalkCancellationRepository cancellations;
    private final CaseAccess access;
    private final CaseService cases;
    private final FilingService filings;
    private final JurisdictionService jurisdictions;
    private final CurrentUser currentUser;
    private final UserService users;
    private final Clock clock;
    private final CaseLedger ledger;
    private final MembershipIds memberships;

    MonitoringPlanService(PlanSegmentRevisionRepository revisions, PlanWalkRepository walks,
            PlanWalkCancellationRepository cancellations, CaseAccess access, CaseService cases,
            FilingService filings, JurisdictionService jurisdictions, CurrentUser currentUser, UserService users,
            Clock clock, CaseLedger ledger, MembershipIds memberships) {
        this.revisions = revisions;
        this.walks = walks;
        this.cancellations = cancellations;
        this.access = access;
        this.cases = cases;
        this.filings = filings;
        this.jurisdictions = jurisdictions;
        this.currentUser = currentUser;
        this.users = users;
        this.clock = clock;
        this.ledger = ledger;
        this.memberships = memberships;
    }

    /** The case's plan, for every member of the case. */
    @Transactional(readOnly = true)
    public PlanView plan(UUID caseId) {
        var role = access.require(caseId);
        var details = cases.get(caseId);
        var route = filings.filedRoute(caseId);
        var zone = zone(details);
        var segments = segments(caseId, route.orElse(null));
        return new PlanView(caseId, route.isPresent(), zone.getId(), route.map(FiledRoute::start).orElse(null),
                segments, walkViews(caseId, zone), role.draftsApplication());
    }

    /** Every saved state of one segment, oldest first (empty while the plan has not changed it). */
    @Transactional(readOnly = true)
    public List<PlanSegmentView> segmentHistory(UUID caseId, int number) {
        access.require(caseId);
        var filed = filings.filedRoute(caseId).map(FiledRoute::segments).orElse(List.of());
        var list = revisions.findByCaseIdAndNumberOrderByPositionAsc(caseId, number);
        var people = people(list);
        var filedSegment = filed.stream().filter(s -> s.number() == number).findFirst().orElse(null);
        return list.stream().map(r -> view(number, filedSegment, r, people)).toList();
    }

    /**
     * Saves a new state of a segment of the filed route, as a whole; every problem is reported at
     * once. Monitors are named by user name and must be monitors of the case.
     */
    public PlanSegmentView editSegment(UUID caseId, int number, PlanSegmentEdit edit) {
        requireEditor(caseId);
        var filed = filings.filedRoute(caseId).flatMap(r -> r.segments().stream().filter(s -> s.number() == number)
                .findFirst()).orElseThrow(() -> new NotFoundException("plan.segment-not-found", number));
        var violations = new Violations();
        var name = blankToNull(edit.name());
        if (name == null) {
            name = shortened(filed.name(), PlanSegmentRevision.NAME_MAX);
        } else if (name.length() > PlanSegmentRevision.NAME_MAX) {
            violations.add("name", "validation.too-long", PlanSegmentRevision.NAME_MAX);
        }
        var geojson = blankToNull(edit.geojson());
        if (geojson != null) {
            SegmentGeoJson.check(geojson).ifPresent(p -> violations.add("geojson", p.messageKey(), p.arguments()));
        }
        var notes = blankToNull(edit.notes());
        if (notes != null && notes.length() > PlanSegmentRevision.NOTES_MAX) {
            violations.add("notes", "validation.too-long", PlanSegmentRevision.NOTES_MAX);
        }
        for (int i = 0; i < edit.waypoints().size(); i++) {
            checkWaypoint(edit.waypoints().get(i), i + 1, violations);
        }
        var monitorsOfCase = cases.get(caseId).members().stream().filter(m -> m.role() == CaseRole.MONITOR)
                .collect(Collectors.toMap(CaseMember::username, CaseMember::userId));
        var monitorIds = new ArrayList<UUID>();
        for (var username : edit.monitors()) {
            var id = monitorsOfCase.get(username);
            if (id == null) {
                violations.add("monitors", "plan.not-a-monitor", username);
            } else {
                monitorIds.add(id);
            }
        }
        violations.throwIfAny();
        var saved = revisions.saveAndFlush(new PlanSegmentRevision(caseId, number, name, geojson, notes,
                edit.waypoints(), monitorIds, clock.instant(), currentUser.id()));
        ledger.append(MonitoringLedger.event(caseId, saved, memberships.byUser(caseId)));
        return view(number, filed, saved, people(List.of(saved)));
    }

    /** Schedules a walk; see {@link #scheduleWalks}. */
    public PlanWalkView scheduleWalk(UUID caseId, WalkToSchedule walk) {
        return scheduleWalks(caseId, List.of(walk)).get(0);
    }

    /**
     * Schedules walks along segments of the filed route, all or none: each becomes a task for the
     * monitors of the segments it covers.
     */
    public List<PlanWalkView> scheduleWalks(UUID caseId, List<WalkToSchedule> toSchedule) {
        requireEditor(caseId);
        var route = filings.filedRoute(caseId).orElseThrow(() -> new ConflictException("plan.not-filed"));
        var numbers = route.segments().stream().map(RouteSegment::number).collect(Collectors.toSet());
        var zone = zone(cases.get(caseId));
        var violations = new Violations();
        for (int i = 0; i < toSchedule.size(); i++) {
            var walk = toSchedule.get(i);
            var prefix = toSchedule.size() == 1 ? "" : "walks[" + i + "].";
            violations.requireText(prefix + "name", walk.name(), PlanWalk.NAME_MAX);
            if (walk.plannedAt() == null) {
                violations.add(prefix + "plannedAt", "validation.required");
            }
            if (walk.segments().isEmpty()) {
                violations.add(prefix + "segments", "plan.walk.segments-required");
            }
            walk.segments().stream().filter(n -> !numbers.contains(n))
                    .forEach(n -> violations.add(prefix + "segments", "plan.unknown-segment", n));
        }
        violations.throwIfAny();
        var now = clock.instant();
        var saved = toSchedule.stream().map(w -> walks.saveAndFlush(new PlanWalk(caseId, w.name().strip(),
                w.plannedAt().atZone(zone), w.segments(), now, currentUser.id()))).toList();
        saved.forEach(w -> ledger.append(MonitoringLedger.scheduled(w)));
        var by = users.me().displayName();
        var today = LocalDate.now(clock.withZone(zone));
        return saved.stream().map(w -> walkView(w, false, today, by)).toList();
    }

    /** Calls a walk off: it stays in the plan, marked cancelled, and is no longer anyone's task. */
    public void cancelWalk(UUID caseId, UUID walkId) {
        requireEditor(caseId);
        var walk = walks.findByIdAndCaseId(walkId, caseId)
                .orElseThrow(() -> new NotFoundException("plan.walk-not-found"));
        if (cancellations.existsById(walkId)) {
            throw new ConflictException("plan.walk-already-cancelled");
        }
        var cancellation = cancellations.saveAndFlush(new PlanWalkCancellation(walkId, clock.instant(),
                currentUser.id()));
        ledger.append(MonitoringLedger.cancelled(walk, cancellation));
    }

    /**
     * The signed-in user's walks as a monitor, across their cases, in the order they take place: each
     * walk of a case they monitor that covers a segment assigned to them, with those segments. Walks
     * called off are left out; past ones are marked past.
     */
    @Transactional(readOnly = true)
    public List<WalkTask> myTasks() {
        var me = currentUser.id();
        var tasks = new ArrayList<WalkTask>();
        monitoredCases().forEach(summary -> {
            var plan = plan(summary.id());
            var mine = plan.segments().stream()
                    .filter(s -> s.monitors().stream().anyMatch(m -> m.userId().equals(me)))
                    .collect(Collectors.toMap(PlanSegmentView::number, s -> s));
            plan.walks().stream().filter(w -> !w.cancelled()).forEach(walk -> {
                var segments = walk.segments().stream().filter(mine::containsKey).map(mine::get).toList();
                if (!segments.isEmpty()) {
                    tasks.add(new WalkTask(summary.id(), summary.title(), walk.id(), walk.name(), walk.plannedAt(),
                            walk.past(), segments));
                }
            });
        });
        tasks.sort(Comparator.comparing((WalkTask t) -> t.plannedAt().toInstant()).thenComparing(WalkTask::walkName));
        return tasks;
    }

    private List<CaseSummary> monitoredCases() {
        var monitored = new ArrayList<CaseSummary>();
        Page<CaseSummary> page;
        var request = PageRequest.of(0, 200);
        do {
            page = cases.myCases(request);
            page.stream().filter(c -> c.myRole() == CaseRole.MONITOR).forEach(monitored::add);
            request = request.next();
        } while (page.hasNext());
        return monitored;
    }

    private List<PlanSegmentView> segments(UUID caseId, FiledRoute route) {
        var latest = new TreeMap<Integer, PlanSegmentRevision>();
        revisions.findByCaseIdOrderByPositionAsc(caseId).forEach(r -> latest.put(r.number(), r));
        var filed = route == null ? Map.<Integer, RouteSegment>of()
                : route.segments().stream().collect(Collectors.toMap(RouteSegment::number, s -> s));
        var people = people(latest.values());
        var numbers = new java.util.TreeSet<Integer>(filed.keySet());
        if (route != null) {
            // Segments the plan kept from an earlier, longer route stay, so numbers are never reused.
            numbers.addAll(latest.keySet());
        }
        return numbers.stream().map(n -> view(n, filed.get(n), latest.get(n), people)).toList();
    }

    private PlanSegmentView view(int number, RouteSegment filed, PlanSegmentRevision revision,
            Map<UUID, UserRef> people) {
        var filedName = filed == null ? null : filed.name();
        if (revision == null) {
            return new PlanSegmentView(number, filedName, filedName, filed != null, null, null, List.of(), List.of(),
                    true, null, null);
        }
        var monitors = revision.monitors().stream().map(people::get)
                .map(u -> new PlanMonitor(u.id(), u.username(), u.displayName())).toList();
        return new PlanSegmentView(number, revision.name(), filedName, filed != null, revision.geojson(),
                revision.notes(), revision.waypoints(), monitors, monitors.size() < 2, revision.revisedAt(),
                people.get(revision.revisedBy()).displayName());
    }

    private Map<UUID, UserRef> people(java.util.Collection<PlanSegmentRevision> list) {
        return users.refs(list.stream().flatMap(r -> Stream.concat(r.monitors().stream(), Stream.of(r.revisedBy())))
                .distinct().toList());
    }

    private List<PlanWalkView> walkViews(UUID caseId, ZoneId zone) {
        var list = walks.findByCaseIdOrderByPlannedAtAscPositionAsc(caseId);
        if (list.isEmpty()) {
            return List.of();
        }
        Set<UUID> cancelled = new HashSet<>();
        cancellations.findByWalkIdIn(list.stream().map(PlanWalk::id).toList())
                .forEach(c -> cancelled.add(c.walkId()));
        var names = users.refs(list.stream().map(PlanWalk::scheduledBy).distinct().toList());
        var today = LocalDate.now(clock.withZone(zone));
        var views = new LinkedHashMap<UUID, PlanWalkView>();
        list.forEach(w -> views.put(w.id(), walkView(w, cancelled.contains(w.id()), today,
                names.get(w.scheduledBy()).displayName())));
        return List.copyOf(views.values());
    }

    private static PlanWalkView walkView(PlanWalk walk, boolean cancelled, LocalDate today, String by) {
        var at = walk.plannedAt();
        return new PlanWalkView(walk.id(), walk.name(), at, walk.segments(), at.toLocalDate().isBefore(today),
                cancelled, walk.scheduledAt(), by);
    }

    private static void checkWaypoint(PlanWaypoint waypoint, int index, Violations violations) {
        var field = "waypoints[" + index + "]";
        if (waypoint.name() == null || waypoint.name().isBlank()) {
            violations.add(field + ".name", "plan.waypoint.name-required", index);
        } else if (waypoint.name().strip().length() > PlanSegmentRevision.NAME_MAX) {
            violations.add(field + ".name", "validation.too-long", PlanSegmentRevision.NAME_MAX);
        }
        if ((waypoint.latitude() == null) != (waypoint.longitude() == null)) {
            violations.add(field + ".latitude", "plan.waypoint.both-coordinates", index);
        } else if (waypoint.latitude() != null && (!(waypoint.latitude() >= -90 && waypoint.latitude() <= 90)
                || !(waypoint.longitude() >= -180 && waypoint.longitude() <= 180))) {
            violations.add(field + ".latitude", "plan.waypoint.out-of-range", index);
        }
        if (waypoint.angle() != null && waypoint.angle().strip().length() > PlanSegmentRevision.ANGLE_MAX) {
            violations.add(field + ".angle", "validation.too-long", PlanSegmentRevision.ANGLE_MAX);
        }
    }

    private ZoneId zone(CaseDetails details) {
        return jurisdictions.find(details.jurisdictionCode())
                .orElseThrow(() -> new NotFoundException("jurisdiction.not-found")).zone();
    }

    private void requireEditor(UUID caseId) {
        if (!access.require(caseId).draftsApplication()) {
            throw new ForbiddenException("plan.not-allowed");
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String shortened(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
