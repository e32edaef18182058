package org.assemblyportal.monitoring;

import java.util.UUID;

/** A monitor assigned to a segment of the plan. */
public record PlanMonitor(UUID userId, String username, String displayName) {
}
