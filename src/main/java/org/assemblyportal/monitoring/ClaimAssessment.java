package org.assemblyportal.monitoring;

/** What the monitor saw says about a stated claim of the authority. */
public enum ClaimAssessment {
    SUPPORTS,
    CONTRADICTS,
    PARTIALLY,
    NOT_ASSESSABLE;

    public String messageKey() {
        return "observation.claim-assessment." + name().toLowerCase().replace('_', '-');
    }
}
