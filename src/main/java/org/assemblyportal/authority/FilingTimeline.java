package org.assemblyportal.authority;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.assemblyportal.authority.TimelineEntry.Kind;
import org.assemblyportal.base.i18n.MessageKey;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The filings on the timeline: the original, each amendment, and proof files added to them later. */
@Component
@Order(10)
class FilingTimeline implements TimelineSource {

    @Override
    public Set<Kind> kinds() {
        return Set.of(Kind.FILING, Kind.PROOF);
    }

    @Override
    public List<TimelineEntry> entries(TimelineContext context) {
        var entries = new ArrayList<TimelineEntry>();
        for (var filing : context.filings()) {
            var channel = new MessageKey(filing.channel().messageKey());
            var key = (filing.amends() == null ? "timeline.filing" : "timeline.amendment")
                    + (filing.registrationNumber() == null ? "" : ".numbered");
            entries.add(TimelineEntry.at(Kind.FILING, filing.registeredAt().withZoneSameInstant(context.zone()),
                    filing.id(), key, channel, filing.sequence(), String.valueOf(filing.registrationNumber())));
            for (var proof : filing.laterProofs()) {
                entries.add(TimelineEntry.at(Kind.PROOF, proof.addedAt().atZone(context.zone()), filing.id(),
                        "timeline.proof", new MessageKey(proof.file().kind().messageKey()), filing.sequence())
                        .withDetail(proof.file().name()));
            }
        }
        return entries;
    }
}
