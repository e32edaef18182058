package org.assemblyportal.authority;

import java.time.LocalDateTime;

/**
 * A contact with the authority as the user reports it. {@code occurredAt} is local time in the case's
 * jurisdiction. {@code authorityParticipants} names who took part for the authority (names and
 * posts), {@code ourParticipants} who took part for the organizers; {@code summary}, what was said,
 * is kept exactly as typed.
 */
public record NewCommunication(CommunicationKind kind, LocalDateTime occurredAt, CommunicationDirection direction,
        String authorityParticipants, String ourParticipants, String summary) {

    /** The longest list of participants on either side, in characters. */
    public static final int PARTICIPANTS_MAX = 1000;
    /** The longest account of what was said, in characters. */
    public static final int SUMMARY_MAX = 20000;
}
