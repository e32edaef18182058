package org.assemblyportal.monitoring;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A scheduled walk as a task for one monitor: the case, the walk, when, and the segments of the walk
 * that this monitor walks, with their waypoints to photograph. {@code past} once the walk's day is over.
 */
public record WalkTask(UUID caseId, String caseTitle, UUID walkId, String walkName, ZonedDateTime plannedAt,
        boolean past, List<PlanSegmentView> segments) {

    public WalkTask {
        segments = List.copyOf(segments);
    }
}
