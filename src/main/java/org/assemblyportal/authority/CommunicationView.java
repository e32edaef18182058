package org.assemblyportal.authority;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A recorded contact with the authority. {@code summary} is exactly as typed; {@code corrects} names
 * the entry this one corrects, if any. Its files are kept in the evidence store like response files.
 */
public record CommunicationView(UUID id, UUID caseId, UUID corrects, CommunicationKind kind, ZonedDateTime occurredAt,
        String zone, CommunicationDirection direction, String authorityParticipants, String ourParticipants,
        String summary, Instant recordedAt, String recordedBy, List<ResponseFile> files) {

    public CommunicationView {
        files = List.copyOf(files);
    }
}
