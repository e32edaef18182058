package org.assemblyportal.assembly;

import java.time.LocalDateTime;
import java.util.List;

/**
 * Where and when an assembly was filed to take place, without anything about its organizers: the
 * place (null if none), the route's segments ({@link RouteSegment#of}) and the planned start and end
 * (local time of the jurisdiction; null if not given), from filing {@code filingSequence}.
 */
public record FiledRoute(int filingSequence, String place, List<RouteSegment> segments, LocalDateTime start,
        LocalDateTime end) {

    public FiledRoute {
        segments = List.copyOf(segments);
    }

    /** What a filing of this content says about where and when. */
    public static FiledRoute of(int filingSequence, ApplicationData data) {
        var place = data.place() == null || data.place().isBlank() ? null : data.place().strip();
        return new FiledRoute(filingSequence, place, RouteSegment.of(data.route()), data.start(), data.end());
    }
}
