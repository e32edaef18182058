package org.assemblyportal.monitoring;

/**
 * The answer to sending an observation, a correction or a retraction: the stored version, and whether
 * this call stored it ({@code created}) or found it stored by an earlier call with the same client id.
 */
public record Recorded(ObservationView view, boolean created) {
}
