package org.assemblyportal.assembly;

/** How a notification or application reached the authority. */
public enum FilingChannel {
    /** Handed in at the authority's office; proof is usually a stamped copy. */
    IN_PERSON,
    /** Sent by registered post; proof is the postal receipt (and later the delivery notice). */
    REGISTERED_POST,
    /** Submitted through the e-government portal with a digital signature; proof is its receipt. */
    E_GOVERNMENT,
    EMAIL;

    public String messageKey() {
        return "filing.channel." + name().toLowerCase().replace('_', '-');
    }
}
