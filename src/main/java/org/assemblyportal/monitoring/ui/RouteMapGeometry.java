package org.assemblyportal.monitoring.ui;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.assemblyportal.monitoring.ui.RouteMapData.Position;

/** Lengths along the earth's surface and the box the map fits to. Pure functions. */
final class RouteMapGeometry {

    /** The earth's mean radius (IUGG), in metres. */
    static final double EARTH_RADIUS_METRES = 6_371_008.8;

    private RouteMapGeometry() {
    }

    /** The length of a line in metres, as the sum of great-circle distances (haversine) between its positions. */
    static double lengthMetres(List<Position> line) {
        var total = 0.0;
        for (int i = 1; i < line.size(); i++) {
            total += distanceMetres(line.get(i - 1), line.get(i));
        }
        return total;
    }

    static double distanceMetres(Position a, Position b) {
        var lat1 = Math.toRadians(a.lat());
        var lat2 = Math.toRadians(b.lat());
        var dLat = lat2 - lat1;
        var dLon = Math.toRadians(b.lon() - a.lon());
        var h = Math.pow(Math.sin(dLat / 2), 2) + Math.cos(lat1) * Math.cos(lat2) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * EARTH_RADIUS_METRES * Math.asin(Math.min(1, Math.sqrt(h)));
    }

    /** The smallest box holding every segment's line and every marker; empty when nothing has coordinates. */
    static Optional<Bounds> bounds(RouteMapData data) {
        var positions = Stream.concat(data.segments().stream().flatMap(s -> s.line().stream()),
                data.markers().stream().map(RouteMapData.Marker::position)).toList();
        if (positions.isEmpty()) {
            return Optional.empty();
        }
        var south = positions.stream().mapToDouble(Position::lat).min().orElseThrow();
        var north = positions.stream().mapToDouble(Position::lat).max().orElseThrow();
        var west = positions.stream().mapToDouble(Position::lon).min().orElseThrow();
        var east = positions.stream().mapToDouble(Position::lon).max().orElseThrow();
        return Optional.of(new Bounds(south, west, north, east));
    }

    /** A box in degrees; a single point is a box of no size, which the map shows at a street zoom. */
    record Bounds(double south, double west, double north, double east) {
    }
}
