package org.assemblyportal.authority;

/** Who started a contact: the authority, the organizers' side, or both (a meeting, a conversation). */
public enum CommunicationDirection {
    FROM_AUTHORITY,
    TO_AUTHORITY,
    BOTH;

    public String messageKey() {
        return "communication.direction." + name().toLowerCase().replace('_', '-');
    }
}
