package org.assemblyportal.authority;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.assemblyportal.authority.TimelineEntry.Kind;
import org.assemblyportal.base.i18n.LocalizedText;
import org.assemblyportal.base.i18n.MessageKey;
import org.assemblyportal.jurisdiction.LabeledRule;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The response log on the timeline: each answer when it was received, corrections marked as such. */
@Component
@Order(20)
class ResponseTimeline implements TimelineSource {

    @Override
    public Set<Kind> kinds() {
        return Set.of(Kind.RESPONSE);
    }

    @Override
    public List<TimelineEntry> entries(TimelineContext context) {
        var jurisdiction = context.jurisdiction();
        return context.responses().stream().map(response -> {
            var outcome = rule(jurisdiction.outcomes(), response.outcome());
            Object outcomeLabel = outcome.<Object>map(r -> new LocalizedText(r.label())).orElse(response.outcome());
            Object channelLabel = ResponseService.INFORMAL_CHANNEL.equals(response.channel())
                    ? new MessageKey("response.channel.informal")
                    : rule(jurisdiction.deliveryChannels(), response.channel())
                            .<Object>map(r -> new LocalizedText(r.label())).orElse(response.channel());
            var key = response.corrects() == null ? "timeline.response" : "timeline.response.correction";
            return TimelineEntry.at(Kind.RESPONSE, response.receivedAt().withZoneSameInstant(context.zone()),
                            response.id(), key, outcomeLabel, channelLabel, response.filingSequence())
                    .withDetail(response.reasonText())
                    .withCitation(outcome.map(LabeledRule::citation).orElse(null));
        }).toList();
    }

    private static Optional<LabeledRule> rule(List<LabeledRule> rules, String code) {
        return rules.stream().filter(r -> r.code().equals(code)).findFirst();
    }
}
