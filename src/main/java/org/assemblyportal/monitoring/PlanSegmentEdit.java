package org.assemblyportal.monitoring;

import java.util.List;
import java.util.Objects;

/**
 * A new state of one segment of the plan, as a whole: name (blank for the filed "from – to"), GeoJSON
 * LineString text (blank for none), notes, waypoints and the user names of the monitors who walk it.
 */
public record PlanSegmentEdit(String name, String geojson, String notes, List<PlanWaypoint> waypoints,
        List<String> monitors) {

    public PlanSegmentEdit {
        waypoints = waypoints == null ? List.of() : waypoints.stream().filter(Objects::nonNull).toList();
        monitors = monitors == null ? List.of()
                : monitors.stream().filter(Objects::nonNull).map(String::strip).filter(m -> !m.isEmpty()).distinct()
                        .toList();
    }
}
