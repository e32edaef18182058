package org.assemblyportal.authority;

/**
 * What a factual reason of the authority asserts, in the portal's own taxonomy (not a country's law):
 * the kinds of reason that monitors can go and check on the street.
 */
public enum ClaimType {
    /** Construction, repair or installation works on the route or at the place. */
    CONSTRUCTION_WORKS,
    /** The place or route is taken by another event at the time. */
    PLACE_OCCUPIED,
    /** A threat to public order or safety. */
    PUBLIC_ORDER_THREAT,
    /** An epidemiological or other health restriction. */
    EPIDEMIOLOGICAL_RESTRICTION,
    /** Anything else the authority stated as a fact. */
    OTHER;

    public String messageKey() {
        return "claim.type." + name().toLowerCase().replace('_', '-');
    }
}
