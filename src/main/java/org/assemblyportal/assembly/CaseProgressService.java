package org.assemblyportal.assembly;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.assemblyportal.assembly.CaseProgress.AuthorityDeadline;
import org.assemblyportal.assembly.CaseProgress.FilingDeadline;
import org.assemblyportal.assembly.CaseProgress.Stage;
import org.assemblyportal.base.LocalizedException;
import org.assemblyportal.base.NotFoundException;
import org.assemblyportal.jurisdiction.DeadlineQuery;
import org.assemblyportal.jurisdiction.DeadlineService;
import org.assemblyportal.jurisdiction.JurisdictionService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The case page's summary: stage, filings and the next deadlines. Before filing, the deadline is
 * the organizers' (last day to file); after filing, the authority's (due date of its answer,
 * counted from the latest filing's registration). Same access as the draft.
 */
@Service
@Transactional(readOnly = true)
public class CaseProgressService {

    private final DraftService drafts;
    private final FilingService filings;
    private final DeadlineService deadlines;
    private final JurisdictionService jurisdictions;
    private final Clock clock;

    CaseProgressService(DraftService drafts, FilingService filings, DeadlineService deadlines,
            JurisdictionService jurisdictions, Clock clock) {
        this.drafts = drafts;
        this.filings = filings;
        this.deadlines = deadlines;
        this.jurisdictions = jurisdictions;
        this.clock = clock;
    }

    @PreAuthorize("isAuthenticated()")
    public CaseProgress progress(UUID caseId) {
        var draft = drafts.draft(caseId);
        var filed = filings.filings(caseId);
        var jurisdiction = jurisdictions.jurisdiction(draft.jurisdictionCode())
                .orElseThrow(() -> new NotFoundException("jurisdiction.not-found", draft.jurisdictionCode()));
        var today = LocalDate.now(clock.withZone(jurisdiction.summary().zone()));
        var stage = filed.isEmpty() ? (draft.version() < 0 ? Stage.NOT_STARTED : Stage.DRAFTING)
                : filed.size() == 1 ? Stage.FILED : Stage.AMENDED;
        var data = filed.isEmpty() ? draft.data() : filed.get(filed.size() - 1).snapshot();
        if (data.form() == null || data.start() == null || jurisdiction.form(data.form()).isEmpty()) {
            return new CaseProgress(stage, today, filed, null, null, null);
        }
        try {
            if (filed.isEmpty()) {
                var result = deadlines.compute(new DeadlineQuery(jurisdiction.code(), data.form(), data.start(), null));
                var filing = result.filing() == null ? null : new FilingDeadline(result.filing().lastDay(),
                        ChronoUnit.DAYS.between(today, result.filing().lastDay()), result.status().tooLate(),
                        result.status().earliestLawfulStart(), result.filing().citation());
                return new CaseProgress(stage, today, filed, filing, null, null);
            }
            var registeredOn = filed.get(filed.size() - 1).registeredAt().toLocalDate();
            var authority = deadlines.authorityDue(jurisdiction.code(), data.form(), registeredOn)
                    .filter(due -> due.dueDate() != null)
                    .map(due -> new AuthorityDeadline(registeredOn, due.dueDate(),
                            ChronoUnit.DAYS.between(today, due.dueDate()), due.silence(), due.citation()))
                    .orElse(null);
            return new CaseProgress(stage, today, filed, null, authority, null);
        } catch (LocalizedException cannotCount) {
            return new CaseProgress(stage, today, filed, null, null,
                    new CaseProgress.Problem(cannotCount.messageKey(), List.of(cannotCount.messageArguments())));
        }
    }
}
