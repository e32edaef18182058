package org.assemblyportal.assembly;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.assemblyportal.base.ForbiddenException;
import org.assemblyportal.base.NotFoundException;
import org.assemblyportal.base.Violations;
import org.assemblyportal.evidence.CaseLedger;
import org.assemblyportal.jurisdiction.JurisdictionService;
import org.assemblyportal.security.CurrentUser;
import org.assemblyportal.security.GlobalRole;
import org.assemblyportal.security.UserService;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Opens cases, lists a user's cases, shows one case to its members and adds members to it. */
@Service
@Transactional
public class CaseService {

    private static final Set<String> SORTABLE = Set.of("title", "plannedDate", "jurisdictionCode", "createdAt");
    private static final Sort DEFAULT_SORT = Sort.by(Sort.Order.desc("plannedDate"), Sort.Order.asc("title"));

    private final CaseRepository cases;
    private final CaseMembershipRepository memberships;
    private final CaseAccess access;
    private final CurrentUser currentUser;
    private final UserService users;
    private final JurisdictionService jurisdictions;
    private final CaseLedger ledger;
    private final Clock clock;

    CaseService(CaseRepository cases, CaseMembershipRepository memberships, CaseAccess access, CurrentUser currentUser,
            UserService users, JurisdictionService jurisdictions, CaseLedger ledger, Clock clock) {
        this.cases = cases;
        this.memberships = memberships;
        this.access = access;
        this.currentUser = currentUser;
        this.users = users;
        this.jurisdictions = jurisdictions;
        this.ledger = ledger;
        this.clock = clock;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Page<CaseSummary> myCases(Pageable pageable) {
        return cases.findSummariesForMember(currentUser.id(), safeSort(pageable));
    }

    /** Organizers open cases for their assemblies; lawyers open cases they take on. */
    @PreAuthorize("hasAnyRole('ORGANIZER', 'LAWYER')")
    public CaseDetails create(NewCase request) {
        var violations = validate(request);
        if (request.plannedDate() != null && request.jurisdictionCode() != null) {
            jurisdictions.find(request.jurisdictionCode().strip()).ifPresent(jurisdiction -> {
                if (request.plannedDate().isBefore(LocalDate.now(clock.withZone(jurisdiction.zone())))) {
                    violations.add("plannedDate", "validation.planned-date-past");
                }
            });
        }
        violations.throwIfAny();
        return open(request);
    }

    /**
     * Records a case whose assembly already took place (demo data and imports of documented past
     * events): the same checks as {@link #create} except that the date may lie in the past.
     */
    CaseDetails recordPastCase(NewCase request) {
        validate(request).throwIfAny();
        return open(request);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public CaseDetails get(UUID caseId) {
        var myRole = access.require(caseId);
        var aCase = cases.findById(caseId).orElseThrow(() -> new NotFoundException("case.not-found"));
        var members = memberships.findByCaseIdOrderByAddedAt(caseId);
        var people = users.refs(members.stream().map(CaseMembership::userId).toList());
        var listed = members.stream().map(m -> {
            var person = people.get(m.userId());
            return new CaseMember(m.userId(), person.username(), person.displayName(), m.role(), m.addedAt());
        }).toList();
        return new CaseDetails(aCase.id(), aCase.title(), aCase.jurisdictionCode(), aCase.plannedDate(),
                aCase.createdAt(), myRole, listed);
    }

    /** Organizers and co-organizers add existing users; the case role must match the user's global role. */
    @PreAuthorize("isAuthenticated()")
    public CaseDetails invite(UUID caseId, Invitation invitation) {
        if (!access.require(caseId).mayInvite()) {
            throw new ForbiddenException("case.invite.not-allowed");
        }
        var violations = new Violations();
        if (invitation.role() == null) {
            violations.add("role", "validation.required");
        } else if (invitation.role() == CaseRole.ORGANIZER) {
            violations.add("role", "case.invite.organizer-role");
        }
        var invitee = users.findActive(invitation.username() == null ? "" : invitation.username());
        if (invitation.username() == null || invitation.username().isBlank()) {
            violations.add("username", "validation.required");
        } else if (invitee.isEmpty()) {
            violations.add("username", "case.invite.unknown-user");
        } else if (memberships.findByCaseIdAndUserId(caseId, invitee.get().id()).isPresent()) {
            violations.add("username", "case.invite.already-member");
        } else if (invitation.role() != null && !invitee.get().has(invitation.role().requiredGlobalRole())) {
            violations.add("role", "case.invite.role-mismatch");
        }
        violations.throwIfAny();
        ledger.append(AssemblyLedger.added(memberships.save(new CaseMembership(caseId, invitee.get().id(),
                invitation.role(), clock.instant(), currentUser.id()))));
        return get(caseId);
    }

    private Violations validate(NewCase request) {
        var violations = new Violations().requireText("title", request.title(), AssemblyCase.TITLE_MAX);
        if (request.jurisdictionCode() == null || request.jurisdictionCode().isBlank()) {
            violations.add("jurisdictionCode", "validation.required");
        } else if (jurisdictions.find(request.jurisdictionCode().strip()).isEmpty()) {
            violations.add("jurisdictionCode", "validation.jurisdiction-unknown", request.jurisdictionCode());
        }
        if (request.plannedDate() == null) {
            violations.add("plannedDate", "validation.required");
        }
        return violations;
    }

    private CaseDetails open(NewCase request) {
        var creator = currentUser.id();
        var aCase = cases.save(new AssemblyCase(request.title().strip(), request.jurisdictionCode().strip(),
                request.plannedDate(), clock.instant(), creator));
        var role = currentUser.has(GlobalRole.ORGANIZER) ? CaseRole.ORGANIZER : CaseRole.LAWYER;
        ledger.append(AssemblyLedger.opened(aCase));
        ledger.append(AssemblyLedger.added(memberships.save(new CaseMembership(aCase.id(), creator, role,
                clock.instant(), creator))));
        return get(aCase.id());
    }

    /** Only known columns may be sorted on; anything else falls back to the default order. */
    private static Pageable safeSort(Pageable pageable) {
        var requested = pageable.getSort().filter(order -> SORTABLE.contains(order.getProperty()));
        var sort = requested.isEmpty() ? DEFAULT_SORT : Sort.by(requested.toList());
        return PageRequest.of(pageable.getPageNumber(), Math.min(pageable.getPageSize(), 200), sort);
    }
}
