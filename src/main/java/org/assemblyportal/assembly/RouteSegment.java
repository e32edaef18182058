package org.assemblyportal.assembly;

import java.util.ArrayList;
import java.util.List;
import org.assemblyportal.assembly.ApplicationData.Waypoint;

/**
 * A stretch of a route between two consecutive waypoints, numbered from 1 in walking order. A
 * filed route of n named waypoints has n - 1 segments; claims about works "on the route" and the
 * monitors' observations are tied to these numbers.
 */
public record RouteSegment(int number, String from, String to) {

    /** How the segment reads in lists and documents: "from – to". */
    public String name() {
        return from + " – " + to;
    }

    /** The segments of a route; waypoints without a name are skipped, as they cannot be walked to. */
    public static List<RouteSegment> of(List<Waypoint> route) {
        var named = route.stream().map(Waypoint::name).filter(n -> n != null && !n.isBlank()).map(String::strip).toList();
        var segments = new ArrayList<RouteSegment>();
        for (int i = 1; i < named.size(); i++) {
            segments.add(new RouteSegment(i, named.get(i - 1), named.get(i)));
        }
        return segments;
    }
}
