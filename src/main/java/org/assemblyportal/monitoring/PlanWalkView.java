package org.assemblyportal.monitoring;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A scheduled route walk: its name, when (in the jurisdiction's zone), the numbers of the segments it
 * covers, and whether its day has passed. A cancelled walk stays in the plan, marked so.
 */
public record PlanWalkView(UUID id, String name, java.time.ZonedDateTime plannedAt, List<Integer> segments,
        boolean past, boolean cancelled, Instant scheduledAt, String scheduledBy) {

    public PlanWalkView {
        segments = List.copyOf(segments);
    }
}
