package org.assemblyportal.authority;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.assemblyportal.assembly.DraftService;
import org.assemblyportal.assembly.FilingView;
import org.assemblyportal.authority.TimelineEntry.Kind;
import org.assemblyportal.base.LocalizedException;
import org.assemblyportal.jurisdiction.DeadlineQuery;
import org.assemblyportal.jurisdiction.DeadlineService;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Deadlines on the timeline, each with its legal source: the organizers' last day to file for the
 * planned start (of the latest filing, or of the draft before filing), the authority's last day to
 * answer each filing (from the compliance check, which counts it with the deadline engine), and the
 * planned start itself.
 */
@Component
@Order(30)
class DeadlineTimeline implements TimelineSource {

    private final DeadlineService deadlines;
    private final DraftService drafts;

    DeadlineTimeline(DeadlineService deadlines, DraftService drafts) {
        this.deadlines = deadlines;
        this.drafts = drafts;
    }

    @Override
    public Set<Kind> kinds() {
        return Set.of(Kind.DEADLINE);
    }

    @Override
    public List<TimelineEntry> entries(TimelineContext context) {
        var entries = new ArrayList<TimelineEntry>();
        var zone = context.zone();
        var filed = context.filings();
        if (!filed.isEmpty()) {
            var ids = filed.stream().collect(Collectors.toMap(FilingView::sequence, FilingView::id));
            context.findings().stream().filter(f -> f.dueDate() != null).forEach(f -> entries.add(
                    TimelineEntry.on(Kind.DEADLINE, f.dueDate(), zone, ids.get(f.filingSequence()),
                            "timeline.deadline.authority", f.filingSequence()).withCitation(f.dueCitation())));
        }
        var data = filed.isEmpty() ? drafts.draft(context.caseId()).data() : filed.get(filed.size() - 1).snapshot();
        if (data.start() == null) {
            return entries;
        }
        entries.add(TimelineEntry.at(Kind.DEADLINE, data.start().atZone(zone), context.caseId(), "timeline.deadline.start"));
        if (data.form() == null || context.jurisdiction().form(data.form()).isEmpty()) {
            return entries;
        }
        try {
            var registeredOn = filed.isEmpty() ? null : filed.get(0).registeredAt().withZoneSameInstant(zone).toLocalDate();
            var filing = deadlines.compute(new DeadlineQuery(context.jurisdiction().code(), data.form(), data.start(),
                    registeredOn)).filing();
            if (filing != null && filing.lastMoment() != null) {
                entries.add(TimelineEntry.at(Kind.DEADLINE, filing.lastMoment().withZoneSameInstant(zone),
                        context.caseId(), "timeline.deadline.file-moment").withCitation(filing.citation()));
            } else if (filing != null && filing.lastDay() != null) {
                entries.add(TimelineEntry.on(Kind.DEADLINE, filing.lastDay(), zone, context.caseId(),
                        "timeline.deadline.file").withCitation(filing.citation()));
            }
        } catch (LocalizedException cannotCount) {
            // A start beyond the calendar data: the case page says why; the timeline shows what it can.
        }
        return entries;
    }
}
