package org.assemblyportal.jurisdiction;

/** What it means when the authority does not answer in time. */
public enum SilenceRule {
    /** The assembly may be held as notified (e.g. Kazakhstan, Art. 11(1) of Law 333-VI). */
    MAY_PROCEED_AS_NOTIFIED,
    /** The permit or approval counts as granted. */
    DEEMED_GRANTED,
    /** The law attaches no consequence to silence. */
    NO_EFFECT;

    public String messageKey() {
        return "silence." + name().toLowerCase().replace('_', '-');
    }
}
