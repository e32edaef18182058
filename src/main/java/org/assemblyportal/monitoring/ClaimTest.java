package org.assemblyportal.monitoring;

import java.util.UUID;

/** The stated claim of the authority an observation tests, what it says about it and how sure the monitor is. */
public record ClaimTest(UUID claimId, ClaimAssessment assessment, Confidence confidence) {
}
