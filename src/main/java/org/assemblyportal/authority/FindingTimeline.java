package org.assemblyportal.authority;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.assemblyportal.assembly.FilingView;
import org.assemblyportal.authority.ComplianceFinding.Kind;
import org.assemblyportal.jurisdiction.LabeledRule;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Compliance findings on the timeline, each on the day it arose: no answer on the day after the due
 * date; a late answer on the date of the decision (or of its receipt when only that was late); a
 * finding about what an answer says or how it came on the day that answer was received.
 */
@Component
@Order(40)
class FindingTimeline implements TimelineSource {

    @Override
    public Set<TimelineEntry.Kind> kinds() {
        return Set.of(TimelineEntry.Kind.FINDING);
    }

    @Override
    public List<TimelineEntry> entries(TimelineContext context) {
        var filingIds = context.filings().stream().collect(Collectors.toMap(FilingView::sequence, FilingView::id));
        var corrected = context.responses().stream().map(ResponseView::corrects).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        var entries = new ArrayList<TimelineEntry>();
        for (var filing : context.findings()) {
            // The answers the findings were drawn from: those not corrected, as they arrived.
            var answers = context.responses().stream().filter(r -> r.filingSequence() == filing.filingSequence())
                    .filter(r -> !corrected.contains(r.id()))
                    .sorted(Comparator.comparing(ResponseView::receivedAt)).toList();
            for (var finding : filing.findings()) {
                var day = arose(finding, filing.dueDate(), answers, context);
                if (day == null) {
                    continue;
                }
                entries.add(TimelineEntry.on(TimelineEntry.Kind.FINDING, day, context.zone(),
                                filingIds.get(filing.filingSequence()), finding.messageKey(), finding.arguments().toArray())
                        .withCitation(finding.citations().isEmpty() ? null : finding.citations().get(0)));
            }
        }
        return entries;
    }

    private static LocalDate arose(ComplianceFinding finding, LocalDate due, List<ResponseView> answers,
            TimelineContext context) {
        var zone = context.zone();
        Function<ResponseView, LocalDate> received = a -> a.receivedAt().withZoneSameInstant(zone).toLocalDate();
        var spec = context.jurisdiction().compliance();
        var legal = context.jurisdiction().refusalGrounds().stream().map(LabeledRule::code).collect(Collectors.toSet());
        Predicate<ResponseView> refusal = a -> spec.isRefusal(a.outcome());
        var first = answers.stream().findFirst();
        return switch (finding.kind()) {
            case NO_ANSWER -> due == null ? null : due.plusDays(1);
            case ANSWER_LATE -> first.map(a -> a.decisionDate() != null ? a.decisionDate() : received.apply(a)).orElse(null);
            case RECEIVED_LATE -> first.map(received).orElse(null);
            case GROUND_NOT_IN_LAW -> firstReceived(answers, refusal.and(a -> !legal.containsAll(a.grounds())), received);
            case NO_ALTERNATIVE_BEFORE_REFUSAL -> firstReceived(answers, refusal, received);
            case NO_REGISTERED_COPY -> firstReceived(answers, a -> spec.channelsNeedingCopy().contains(a.channel()), received);
            // A kind added later: the day of the first answer, or today when it was raised without one.
            default -> Objects.requireNonNullElse(firstReceived(answers, a -> true, received),
                    LocalDate.ofInstant(context.now(), zone));
        };
    }

    private static LocalDate firstReceived(List<ResponseView> answers, Predicate<ResponseView> raising,
            Function<ResponseView, LocalDate> received) {
        return answers.stream().filter(raising).findFirst().or(() -> answers.stream().findFirst()).map(received)
                .orElse(null);
    }
}
