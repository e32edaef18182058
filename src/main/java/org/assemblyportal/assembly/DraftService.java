package org.assemblyportal.assembly;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.assemblyportal.base.CanonicalJson;
import org.assemblyportal.base.ConflictException;
import org.assemblyportal.base.ForbiddenException;
import org.assemblyportal.base.LocalizedException;
import org.assemblyportal.base.NotFoundException;
import org.assemblyportal.base.Violations;
import org.assemblyportal.jurisdiction.ApplicationField;
import org.assemblyportal.jurisdiction.DeadlineQuery;
import org.assemblyportal.jurisdiction.DeadlineService;
import org.assemblyportal.jurisdiction.JurisdictionService;
import org.assemblyportal.security.CurrentUser;
import org.assemblyportal.security.UserService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organizers' draft of a case's notification or application: saved whenever it changes,
 * with every revision kept, optimistic locking between co-organizers, and a completeness check
 * against the jurisdiction's rule file. Monitors do not see drafts: they hold organizers' ID numbers.
 */
@Service
@Transactional
public class DraftService {

    /** Far above any rule file's limit: it only stops abuse; the rule file's limits are findings. */
    static final int HARD_TEXT_LIMIT = 10_000;
    static final int MAX_WAYPOINTS = 200;
    static final int MAX_ORGANIZERS = 50;

    private final ApplicationDraftRepository drafts;
    private final DraftRevisionRepository revisions;
    private final CaseRepository cases;
    private final CaseAccess access;
    private final CurrentUser currentUser;
    private final UserService users;
    private final JurisdictionService jurisdictions;
    private final DeadlineService deadlines;
    private final Clock clock;

    DraftService(ApplicationDraftRepository drafts, DraftRevisionRepository revisions, CaseRepository cases,
            CaseAccess access, CurrentUser currentUser, UserService users, JurisdictionService jurisdictions,
            DeadlineService deadlines, Clock clock) {
        this.drafts = drafts;
        this.revisions = revisions;
        this.cases = cases;
        this.access = access;
        this.currentUser = currentUser;
        this.users = users;
        this.jurisdictions = jurisdictions;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public DraftView draft(UUID caseId) {
        requireEditor(caseId);
        var jurisdiction = jurisdictionOf(caseId);
        return drafts.findByCaseId(caseId).map(d -> view(d, jurisdiction))
                .orElse(new DraftView(caseId, jurisdiction, ApplicationData.empty(), -1, 0, null, null, null));
    }

    /**
     * Stores the draft as given, complete or not. {@code expectedVersion} is the version the
     * caller last saw (-1 before the first save); if someone saved since, nothing is stored and a
     * conflict names who did, so the caller can keep their text and merge.
     */
    @PreAuthorize("isAuthenticated()")
    public DraftView save(UUID caseId, ApplicationData data, long expectedVersion) {
        requireEditor(caseId);
        checkHardLimits(data);
        var draft = drafts.findByCaseId(caseId).orElse(null);
        if (draft == null && expectedVersion != -1 || draft != null && draft.version() != expectedVersion) {
            var who = draft == null ? "?" : users.refs(List.of(draft.updatedBy())).get(draft.updatedBy()).displayName();
            throw new ConflictException("draft.conflict", who);
        }
        if (draft == null) {
            draft = new ApplicationDraft(caseId);
        }
        var json = CanonicalJson.write(data);
        var hash = CanonicalJson.sha256(json);
        var unchanged = draft.content() != null && revisions.findFirstByDraftIdOrderByRevisionDesc(draft.id())
                .map(last -> last.sha256().equals(hash)).orElse(false);
        if (!unchanged) {
            var now = clock.instant();
            draft.replace(json, now, currentUser.id());
            draft = drafts.saveAndFlush(draft);
            revisions.save(new DraftRevision(draft.id(), draft.revision(), json, hash, now, currentUser.id()));
        }
        return view(draft, jurisdictionOf(caseId));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<DraftRevisionSummary> history(UUID caseId) {
        requireEditor(caseId);
        var draft = drafts.findByCaseId(caseId).orElse(null);
        if (draft == null) {
            return List.of();
        }
        var list = revisions.findByDraftIdOrderByRevisionDesc(draft.id());
        var names = users.refs(list.stream().map(DraftRevision::createdBy).distinct().toList());
        var contents = list.stream().map(r -> CanonicalJson.read(r.content(), ApplicationData.class)).toList();
        var summaries = new ArrayList<DraftRevisionSummary>(list.size());
        for (var i = 0; i < list.size(); i++) {
            // Newest first: each revision is compared with the one saved before it (the next in the list).
            var before = i + 1 < list.size() ? contents.get(i + 1) : ApplicationData.empty();
            var r = list.get(i);
            summaries.add(new DraftRevisionSummary(r.revision(), r.createdAt(), names.get(r.createdBy()).displayName(),
                    r.sha256(), DraftMerge.changedParts(before, contents.get(i))));
        }
        return summaries;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Completeness completeness(UUID caseId) {
        var view = draft(caseId);
        var jurisdiction = jurisdictions.jurisdiction(view.jurisdictionCode())
                .orElseThrow(() -> new NotFoundException("jurisdiction.not-found", view.jurisdictionCode()));
        var data = view.data();
        if (data.form() == null || data.start() == null || jurisdiction.form(data.form()).isEmpty()) {
            return new DraftChecks(jurisdiction, clock).check(data, null, List.of());
        }
        try {
            var result = deadlines.compute(new DeadlineQuery(jurisdiction.code(), data.form(), data.start(), null));
            var deadline = result.filing() == null ? null : new Completeness.Deadline(result.filing().lastDay(),
                    result.status().daysLeftToFile(), result.status().tooLate(), result.status().earliestLawfulStart(),
                    result.filing().citation());
            var extra = new java.util.ArrayList<Completeness.Problem>();
            if (result.provisional()) {
                // A year without its transfer decree yet: the count stands on the holiday rules alone.
                extra.add(new Completeness.Problem(ApplicationField.START_AND_END, Completeness.Severity.WARNING,
                        "deadline.provisional", List.of(result.provisionalYears().stream().map(String::valueOf)
                                .collect(java.util.stream.Collectors.joining(", "))), null,
                        jurisdiction.calendar().describe(data.start().toLocalDate()).citation()));
            }
            return new DraftChecks(jurisdiction, clock).check(data, deadline, extra);
        } catch (LocalizedException cannotCount) {
            // Typically a date beyond the calendar data: say so rather than stay silent.
            var warning = new Completeness.Problem(ApplicationField.START_AND_END, Completeness.Severity.WARNING,
                    cannotCount.messageKey(), List.of(cannotCount.messageArguments()), null, null);
            return new DraftChecks(jurisdiction, clock).check(data, null, List.of(warning));
        }
    }

    private void requireEditor(UUID caseId) {
        if (!access.require(caseId).draftsApplication()) {
            throw new ForbiddenException("draft.not-allowed");
        }
    }

    private String jurisdictionOf(UUID caseId) {
        return cases.findById(caseId).map(AssemblyCase::jurisdictionCode)
                .orElseThrow(() -> new NotFoundException("case.not-found"));
    }

    private DraftView view(ApplicationDraft draft, String jurisdiction) {
        var who = users.refs(List.of(draft.updatedBy())).get(draft.updatedBy());
        return new DraftView(draft.caseId(), jurisdiction, CanonicalJson.read(draft.content(), ApplicationData.class),
                draft.version(), draft.revision(), draft.updatedAt(), who == null ? null : who.displayName(),
                CanonicalJson.sha256(draft.content()));
    }

    private static void checkHardLimits(ApplicationData data) {
        var violations = new Violations();
        var texts = new ArrayList<String>(List.of(nz(data.purpose()), nz(data.representative()), nz(data.place()),
                nz(data.stewards()), nz(data.contacts()), nz(data.equipment().details())));
        data.organizers().forEach(o -> texts.addAll(List.of(nz(o.name()), nz(o.idNumber()), nz(o.address()))));
        data.route().forEach(w -> texts.add(nz(w.name())));
        if (texts.stream().anyMatch(t -> t.length() > HARD_TEXT_LIMIT)) {
            violations.add("data", "validation.too-long", HARD_TEXT_LIMIT);
        }
        if (data.route().size() > MAX_WAYPOINTS) {
            violations.add("route", "draft.too-many-waypoints", MAX_WAYPOINTS);
        }
        if (data.organizers().size() > MAX_ORGANIZERS) {
            violations.add("organizers", "draft.too-many-organizers", MAX_ORGANIZERS);
        }
        violations.throwIfAny();
    }

    private static String nz(String text) {
        return text == null ? "" : text;
    }

}
