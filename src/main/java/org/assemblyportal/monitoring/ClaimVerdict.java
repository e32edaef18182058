package org.assemblyportal.monitoring;

/**
 * What the observations say of a stated claim, on one segment or as a whole. The order is the order
 * of strength in the authority's favour: where monitors disagree, the claim test reports the verdict
 * most favourable to the authority, so that a lawyer never overstates what was seen.
 */
public enum ClaimVerdict {
    /** Nothing observed there within the claim's time window. */
    NOT_COVERED,
    /** What was observed there contradicts the claim. */
    CONTRADICTED,
    /** Something of the claim was there, not all of it (fences, but no works). */
    PARTIALLY_SUPPORTED,
    /** What was observed there supports the claim. */
    SUPPORTED;

    public String messageKey() {
        return "claim-test.verdict." + name().toLowerCase().replace('_', '-');
    }
}
