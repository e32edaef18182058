package org.assemblyportal.authority;

import java.util.List;
import java.util.Set;
import org.assemblyportal.authority.TimelineEntry.Kind;
import org.assemblyportal.base.i18n.MessageKey;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The communications log on the timeline: each contact when it happened, in the words recorded. */
@Component
@Order(25)
class CommunicationTimeline implements TimelineSource {

    private final CommunicationService communications;

    CommunicationTimeline(CommunicationService communications) {
        this.communications = communications;
    }

    @Override
    public Set<Kind> kinds() {
        return Set.of(Kind.COMMUNICATION);
    }

    @Override
    public List<TimelineEntry> entries(TimelineContext context) {
        return communications.communications(context.caseId()).stream().map(contact -> TimelineEntry.at(
                        Kind.COMMUNICATION, contact.occurredAt().withZoneSameInstant(context.zone()), contact.id(),
                        contact.corrects() == null ? "timeline.communication" : "timeline.communication.correction",
                        new MessageKey(contact.kind().messageKey()), new MessageKey(contact.direction().messageKey()))
                .withDetail(contact.summary())).toList();
    }
}
