package org.assemblyportal.authority;

/** What kind of contact with the authority a communication was. */
public enum CommunicationKind {
    /** Organizers and officials met, at the authority's office or elsewhere. */
    MEETING,
    PHONE_CALL,
    /** A letter or message outside the formal answer to a filing (that one goes in the response log). */
    LETTER,
    /** Officials asked the organizers to withdraw the application or notification, or to give up. */
    WITHDRAWAL_REQUEST,
    /** An offer of another place, time or route, made outside a formal response. */
    ALTERNATIVE_OFFER,
    OTHER;

    public String messageKey() {
        return "communication.kind." + name().toLowerCase().replace('_', '-');
    }
}
