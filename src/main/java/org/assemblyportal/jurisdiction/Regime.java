package org.assemblyportal.jurisdiction;

/** What the law asks of organizers for a form of assembly. */
public enum Regime {
    /** Tell the authority in advance; no permission is needed (it may still restrict). */
    NOTIFICATION,
    /** Ask the authority to approve. */
    APPROVAL,
    /** Ask for a permit. */
    PERMIT,
    /** Nothing needs to be filed. */
    NONE;

    public String messageKey() {
        return "regime." + name().toLowerCase();
    }
}
