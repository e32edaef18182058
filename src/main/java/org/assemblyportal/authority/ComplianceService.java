package org.assemblyportal.authority;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.assemblyportal.assembly.CaseAccess;
import org.assemblyportal.assembly.CaseRole;
import org.assemblyportal.assembly.CaseService;
import org.assemblyportal.assembly.FilingService;
import org.assemblyportal.assembly.FilingView;
import org.assemblyportal.authority.ComplianceInput.Answer;
import org.assemblyportal.base.ConflictException;
import org.assemblyportal.base.ForbiddenException;
import org.assemblyportal.base.NotFoundException;
import org.assemblyportal.base.Violations;
import org.assemblyportal.evidence.CaseLedger;
import org.assemblyportal.jurisdiction.Citation;
import org.assemblyportal.jurisdiction.DeadlineService;
import org.assemblyportal.jurisdiction.Jurisdiction;
import org.assemblyportal.jurisdiction.JurisdictionService;
import org.assemblyportal.jurisdiction.LabeledRule;
import org.assemblyportal.jurisdiction.PermittedCondition;
import org.assemblyportal.security.CurrentUser;
import org.assemblyportal.security.UserService;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The compliance findings of a case, filing by filing: the authority's due date from the deadline
 * engine, the answers logged for the filing (a corrected answer counts as its correction), and the
 * rule file's codes, put through {@link ComplianceRules}. Same access as the response log. Each
 * finding comes with its review: the case's lawyers (only they) may dismiss a finding with a reason
 * and restore it; those steps are kept as events, and a dismissed finding stays in the list.
 */
@Service
@Transactional(readOnly = true)
public class ComplianceService {

    private final ResponseService responses;
    private final FilingService filings;
    private final CaseService cases;
    private final DeadlineService deadlines;
    private final JurisdictionService jurisdictions;
    private final Clock clock;
    private final CaseLedger ledger;
    private final FindingDismissalRepository dismissals;
    private final CaseAccess access;
    private final CurrentUser currentUser;
    private final UserService users;

    ComplianceService(ResponseService responses, FilingService filings, CaseService cases, DeadlineService deadlines,
            JurisdictionService jurisdictions, Clock clock, FindingDismissalRepository dismissals, CaseAccess access,
            CurrentUser currentUser, UserService users, CaseLedger ledger) {
        this.responses = responses;
        this.filings = filings;
        this.cases = cases;
        this.deadlines = deadlines;
        this.jurisdictions = jurisdictions;
        this.clock = clock;
        this.dismissals = dismissals;
        this.access = access;
        this.currentUser = currentUser;
        this.users = users;
        this.ledger = ledger;
    }

    /**
     * The findings for one filing, with the due date they were counted against, and what the case's
     * lawyers made of each ({@code reviews}, by kind; see {@link #review}).
     */
    public record FilingFindings(int filingSequence, LocalDate registeredOn, LocalDate dueDate, Citation dueCitation,
            List<ComplianceFinding> findings, Map<ComplianceFinding.Kind, FindingReview> reviews) {

        public FilingFindings {
            findings = List.copyOf(findings);
            reviews = reviews == null ? Map.of() : Map.copyOf(reviews);
        }

        public FilingFindings(int filingSequence, LocalDate registeredOn, LocalDate dueDate, Citation dueCitation,
                List<ComplianceFinding> findings) {
            this(filingSequence, registeredOn, dueDate, dueCitation, findings, Map.of());
        }

        /** Whether the finding stands dismissed, by whom and why, and its history; open if never dismissed. */
        public FindingReview review(ComplianceFinding.Kind kind) {
            return reviews.getOrDefault(kind, FindingReview.OPEN);
        }

        /** The findings no lawyer has dismissed. */
        public List<ComplianceFinding> standing() {
            return findings.stream().filter(f -> !review(f.kind()).dismissed()).toList();
        }
    }

    @PreAuthorize("isAuthenticated()")
    public List<FilingFindings> findings(UUID caseId) {
        var computed = computed(caseId);
        var events = dismissals.findByCaseIdOrderByOrdinal(caseId);
        if (events.isEmpty()) {
            return computed;
        }
        var names = users.refs(events.stream().map(FindingDismissal::recordedBy).distinct().toList());
        var history = events.stream().map(e -> e.view(names.get(e.recordedBy()).displayName()))
                .collect(Collectors.groupingBy(DismissalEvent::filingSequence));
        return computed.stream().map(filing -> {
            var ofFiling = history.getOrDefault(filing.filingSequence(), List.of());
            var reviews = new EnumMap<ComplianceFinding.Kind, FindingReview>(ComplianceFinding.Kind.class);
            filing.findings().forEach(f -> reviews.put(f.kind(), FindingReview.of(ofFiling.stream()
                    .filter(e -> e.kind() == f.kind()).toList())));
            return new FilingFindings(filing.filingSequence(), filing.registeredOn(), filing.dueDate(),
                    filing.dueCitation(), filing.findings(), reviews);
        }).toList();
    }

    /**
     * Dismisses a finding of the case with the lawyer's reason. Only the case's lawyers may; the
     * finding must be one the case has now and must not stand dismissed already.
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public DismissalEvent dismiss(UUID caseId, FindingDecision decision) {
        requireLawyer(caseId);
        var violations = new Violations();
        checkNamed(decision, violations);
        violations.requireText("reason", decision.reason(), FindingDismissal.REASON_MAX);
        violations.throwIfAny();
        var filing = findings(caseId).stream().filter(f -> f.filingSequence() == decision.filingSequence()).findFirst()
                .orElseThrow(() -> new NotFoundException("filing.not-found"));
        if (filing.findings().stream().noneMatch(f -> f.kind() == decision.kind())) {
            throw new NotFoundException("compliance.finding-not-found");
        }
        if (filing.review(decision.kind()).dismissed()) {
            throw new ConflictException("compliance.already-dismissed");
        }
        return record(caseId, decision, DismissalEvent.Action.DISMISSED, decision.reason().strip());
    }

    /** Restores a dismissed finding, with an optional reason. Only the case's lawyers may. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public DismissalEvent restore(UUID caseId, FindingDecision decision) {
        requireLawyer(caseId);
        var violations = new Violations();
        checkNamed(decision, violations);
        var reason = decision.reason() == null || decision.reason().isBlank() ? null : decision.reason().strip();
        if (reason != null && reason.length() > FindingDismissal.REASON_MAX) {
            violations.add("reason", "validation.too-long", FindingDismissal.REASON_MAX);
        }
        violations.throwIfAny();
        var latest = dismissals.findByCaseIdOrderByOrdinal(caseId).stream()
                .map(e -> e.view(null))
                .filter(e -> e.filingSequence() == decision.filingSequence() && e.kind() == decision.kind())
                .reduce((first, second) -> second);
        if (latest.isEmpty() || latest.get().action() != DismissalEvent.Action.DISMISSED) {
            throw new ConflictException("compliance.not-dismissed");
        }
        return record(caseId, decision, DismissalEvent.Action.RESTORED, reason);
    }

    private DismissalEvent record(UUID caseId, FindingDecision decision, DismissalEvent.Action action, String reason) {
        FindingDismissal saved;
        try {
            saved = dismissals.saveAndFlush(new FindingDismissal(caseId, dismissals.lastOrdinal(caseId) + 1,
                    decision.filingSequence(), decision.kind(), action, reason, clock.instant(), currentUser.id()));
        } catch (DataIntegrityViolationException anotherMeanwhile) {
            throw new ConflictException("compliance.changed-meanwhile");
        }
        ledger.append(AuthorityLedger.event(saved));
        return saved.view(users.refs(List.of(saved.recordedBy())).get(saved.recordedBy()).displayName());
    }

    private static void checkNamed(FindingDecision decision, Violations violations) {
        if (decision.filingSequence() == null) {
            violations.add("filingSequence", "validation.required");
        }
        if (decision.kind() == null) {
            violations.add("kind", "validation.required");
        }
    }

    /** Lawyers only: other members are told they may not, everyone else that the case does not exist. */
    private void requireLawyer(UUID caseId) {
        if (access.require(caseId) != CaseRole.LAWYER) {
            throw new ForbiddenException("compliance.dismiss-not-allowed");
        }
    }

    private List<FilingFindings> computed(UUID caseId) {
        var logged = responses.responses(caseId);
        var filed = filings.filings(caseId);
        var code = cases.get(caseId).jurisdictionCode();
        var jurisdiction = jurisdictions.jurisdiction(code).orElseThrow(() -> new NotFoundException("jurisdiction.not-found", code));
        var today = LocalDate.now(clock.withZone(jurisdiction.summary().zone()));
        var corrected = logged.stream().map(ResponseView::corrects).filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet());
        var result = new ArrayList<FilingFindings>();
        for (var filing : filed) {
            var answers = logged.stream().filter(r -> r.filingSequence() == filing.sequence())
                    .filter(r -> !corrected.contains(r.id()))
                    .sorted(Comparator.comparing(ResponseView::receivedAt)).toList();
            result.add(forFiling(jurisdiction, filing, answers, today));
        }
        return result;
    }

    private static java.util.Set<String> groundsOn(Jurisdiction jurisdiction, LocalDate day) {
        return jurisdiction.refusalGrounds(day).stream().map(LabeledRule::code).collect(Collectors.toSet());
    }

    private FilingFindings forFiling(Jurisdiction jurisdiction, FilingView filing, List<ResponseView> answers, LocalDate today) {
        var spec = jurisdiction.compliance();
        var registeredOn = filing.registeredAt().toLocalDate();
        var form = filing.snapshot().form();
        var due = form == null ? null : deadlines.authorityDue(jurisdiction.code(), form, registeredOn).orElse(null);
        var dueDate = due == null ? null : due.dueDate();
        var dueCitation = due == null ? null : due.citation();
        var silence = due == null ? null : due.silence();
        var alternativeOffered = answers.stream().anyMatch(a -> spec.offersAlternative(a.outcome()));
        var copyReceived = spec.copyChannel() != null && answers.stream().anyMatch(a -> spec.copyChannel().equals(a.channel()));
        var permitted = spec.permittedConditions(form);
        var permittedCodes = permitted.stream().map(PermittedCondition::code).collect(Collectors.toSet());
        var conditionsRule = permitted.stream().map(PermittedCondition::citation).filter(java.util.Objects::nonNull)
                .distinct().toList();
        var findings = new ArrayList<ComplianceFinding>();
        var seen = new HashSet<ComplianceFinding.Kind>();
        if (answers.isEmpty()) {
            findings.addAll(ComplianceRules.evaluate(new ComplianceInput(today, dueDate, dueCitation, silence, null,
                    groundsOn(jurisdiction, today), null, spec.copyRule(), spec.channelsNeedingCopy(),
                    permittedCodes, conditionsRule)));
        }
        for (var i = 0; i < answers.size(); i++) {
            var a = answers.get(i);
            // Each answer is judged by the law of the day it was decided (received, if undated).
            var decidedOn = a.decisionDate() != null ? a.decisionDate() : a.receivedAt().toLocalDate();
            var legalGrounds = spec.groundsFor(a.outcome(), groundsOn(jurisdiction, decidedOn));
            var permittedThen = spec.permittedConditions(form, decidedOn);
            var permittedCodesThen = permittedThen.stream().map(PermittedCondition::code).collect(Collectors.toSet());
            var conditionsRuleThen = permittedThen.stream().map(PermittedCondition::citation)
                    .filter(java.util.Objects::nonNull).distinct().toList();
            // Only the first answer can be late; later ones (a copy, a second decision) are checked for content.
            var input = new ComplianceInput(today, i == 0 ? dueDate : null, dueCitation, silence,
                    new Answer(a.decisionDate(), a.receivedAt().toLocalDate(), spec.isRefusal(a.outcome()), a.grounds(),
                            alternativeOffered, a.channel(), copyReceived, a.conditionCodes()),
                    legalGrounds, spec.alternativeBeforeRefusal(decidedOn, a.grounds()), spec.copyRule(),
                    spec.channelsNeedingCopy(), permittedCodesThen, conditionsRuleThen);
            ComplianceRules.evaluate(input).stream().filter(f -> seen.add(f.kind())).forEach(findings::add);
        }
        return new FilingFindings(filing.sequence(), registeredOn, dueDate, dueCitation, findings);
    }
}
