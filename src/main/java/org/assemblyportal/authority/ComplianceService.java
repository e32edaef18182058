package org.assemblyportal.authority;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.assemblyportal.assembly.CaseService;
import org.assemblyportal.assembly.FilingService;
import org.assemblyportal.assembly.FilingView;
import org.assemblyportal.authority.ComplianceInput.Answer;
import org.assemblyportal.base.NotFoundException;
import org.assemblyportal.jurisdiction.Citation;
import org.assemblyportal.jurisdiction.DeadlineService;
import org.assemblyportal.jurisdiction.Jurisdiction;
import org.assemblyportal.jurisdiction.JurisdictionService;
import org.assemblyportal.jurisdiction.LabeledRule;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The compliance findings of a case, filing by filing: the authority's due date from the deadline
 * engine, the answers logged for the filing (a corrected answer counts as its correction), and the
 * rule file's codes, put through {@link ComplianceRules}. Same access as the response log.
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

    ComplianceService(ResponseService responses, FilingService filings, CaseService cases, DeadlineService deadlines,
            JurisdictionService jurisdictions, Clock clock) {
        this.responses = responses;
        this.filings = filings;
        this.cases = cases;
        this.deadlines = deadlines;
        this.jurisdictions = jurisdictions;
        this.clock = clock;
    }

    /** The findings for one filing, with the due date they were counted against. */
    public record FilingFindings(int filingSequence, LocalDate registeredOn, LocalDate dueDate, Citation dueCitation,
            List<ComplianceFinding> findings) {

        public FilingFindings {
            findings = List.copyOf(findings);
        }
    }

    @PreAuthorize("isAuthenticated()")
    public List<FilingFindings> findings(UUID caseId) {
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

    private FilingFindings forFiling(Jurisdiction jurisdiction, FilingView filing, List<ResponseView> answers, LocalDate today) {
        var spec = jurisdiction.compliance();
        var registeredOn = filing.registeredAt().toLocalDate();
        var form = filing.snapshot().form();
        var due = form == null ? null : deadlines.authorityDue(jurisdiction.code(), form, registeredOn).orElse(null);
        var dueDate = due == null ? null : due.dueDate();
        var dueCitation = due == null ? null : due.citation();
        var silence = due == null ? null : due.silence();
        var legalGrounds = jurisdiction.refusalGrounds().stream().map(LabeledRule::code).collect(Collectors.toSet());
        var alternativeOffered = answers.stream().anyMatch(a -> spec.offersAlternative(a.outcome()));
        var copyReceived = spec.copyChannel() != null && answers.stream().anyMatch(a -> spec.copyChannel().equals(a.channel()));
        var findings = new ArrayList<ComplianceFinding>();
        var seen = new HashSet<ComplianceFinding.Kind>();
        if (answers.isEmpty()) {
            findings.addAll(ComplianceRules.evaluate(new ComplianceInput(today, dueDate, dueCitation, silence, null,
                    legalGrounds, spec.alternativeBeforeRefusal(), spec.copyRule(), spec.channelsNeedingCopy())));
        }
        for (var i = 0; i < answers.size(); i++) {
            var a = answers.get(i);
            // Only the first answer can be late; later ones (a copy, a second decision) are checked for content.
            var input = new ComplianceInput(today, i == 0 ? dueDate : null, dueCitation, silence,
                    new Answer(a.decisionDate(), a.receivedAt().toLocalDate(), spec.isRefusal(a.outcome()), a.grounds(),
                            alternativeOffered, a.channel(), copyReceived),
                    legalGrounds, spec.alternativeBeforeRefusal(), spec.copyRule(), spec.channelsNeedingCopy());
            ComplianceRules.evaluate(input).stream().filter(f -> seen.add(f.kind())).forEach(findings::add);
        }
        return new FilingFindings(filing.sequence(), registeredOn, dueDate, dueCitation, findings);
    }
}
