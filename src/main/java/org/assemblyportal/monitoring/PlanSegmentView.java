package org.assemblyportal.monitoring;

import java.time.Instant;
import java.util.List;

/**
 * A segment of the monitoring plan: its {@code number} on the filed route (the key shared with claims
 * and observations; never renumbered), its {@code name} (the filed "from – to" unless the plan renamed
 * it), {@code filedName}, the line as GeoJSON text (a LineString, or null), notes, repeat-photo
 * waypoints and the monitors who walk it. {@code onFiledRoute} is false for a segment the plan kept
 * from an earlier filing whose route was longer. {@code needsPair} says fewer than two monitors walk
 * it. {@code revisedAt} and {@code revisedBy} are null while the plan has not changed the segment.
 */
public record PlanSegmentView(int number, String name, String filedName, boolean onFiledRoute, String geojson,
        String notes, List<PlanWaypoint> waypoints, List<PlanMonitor> monitors, boolean needsPair, Instant revisedAt,
        String revisedBy) {

    public PlanSegmentView {
        waypoints = List.copyOf(waypoints);
        monitors = List.copyOf(monitors);
    }
}
