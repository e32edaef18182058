package org.assemblyportal.monitoring;

import java.time.Instant;
import java.util.UUID;

/**
 * One current, not retracted observation as the claim test sees it: where (segment number, null if
 * not on the route), when (the device's time of observation), by whom, and what it says of the claim:
 * {@code verdict} is the monitor's own assessment of this claim, or, where the monitor gave none, what
 * the obstacle details imply; null where the observation says nothing either way.
 */
public record ClaimEvidence(UUID observationId, Integer segment, Instant observedAt, String monitor, ClaimVerdict verdict) {
}
