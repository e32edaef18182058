package org.assemblyportal.monitoring.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * What the route map shows, knowing nothing of plans or observations: the route's segments in order,
 * each with its line (WGS84, longitude before latitude as in GeoJSON; empty when the segment has no
 * coordinates yet), and markers (observations, waypoints) with a label, a kind that picks their
 * style, and the number of the segment they belong to, if any. Invalid data is refused when built.
 */
public record RouteMapData(List<Segment> segments, List<Marker> markers) {

    public static final RouteMapData EMPTY = new RouteMapData(List.of(), List.of());

    public RouteMapData {
        segments = List.copyOf(Objects.requireNonNull(segments, "segments")).stream()
                .sorted(Comparator.comparingInt(Segment::number)).toList();
        markers = List.copyOf(Objects.requireNonNull(markers, "markers"));
        var numbers = new HashSet<Integer>();
        for (var segment : segments) {
            if (!numbers.add(segment.number())) {
                throw new IllegalArgumentException("Two segments are numbered " + segment.number());
            }
        }
        for (var marker : markers) {
            if (marker.segment() != null && !numbers.contains(marker.segment())) {
                throw new IllegalArgumentException("Marker '" + marker.label() + "' is on segment " + marker.segment()
                        + ", which the route does not have");
            }
        }
    }

    /** The markers on the given segment, or on none when {@code number} is null, in the order given. */
    public List<Marker> markersOn(Integer number) {
        return markers.stream().filter(m -> Objects.equals(m.segment(), number)).toList();
    }

    /** True when at least one segment has a line or one marker exists: there is something to draw. */
    public boolean hasCoordinates() {
        return !markers.isEmpty() || segments.stream().anyMatch(Segment::hasLine);
    }

    /** A point in WGS84 degrees. */
    public record Position(double lon, double lat) {

        public Position {
            if (!Double.isFinite(lat) || lat < -90 || lat > 90) {
                throw new IllegalArgumentException("Latitude out of range: " + lat);
            }
            if (!Double.isFinite(lon) || lon < -180 || lon > 180) {
                throw new IllegalArgumentException("Longitude out of range: " + lon);
            }
        }

        /** Latitude first, as people and the filing's waypoints write it. */
        public static Position latLon(double lat, double lon) {
            return new Position(lon, lat);
        }
    }

    /** A numbered, named part of the route; {@code line} is empty or has at least two positions. */
    public record Segment(int number, String name, List<Position> line) {

        private static final ObjectMapper JSON = new ObjectMapper();

        public Segment {
            if (number < 1) {
                throw new IllegalArgumentException("Segment numbers start at 1: " + number);
            }
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("Segment " + number + " has no name");
            }
            line = line == null ? List.of() : List.copyOf(line);
            if (line.size() == 1) {
                throw new IllegalArgumentException("Segment " + number + " has a line of a single position");
            }
        }

        public boolean hasLine() {
            return !line.isEmpty();
        }

        /**
         * A segment whose line is a GeoJSON LineString ({@code {"type":"LineString","coordinates":[[lon,lat],...]}}),
         * or has no line when {@code lineString} is null or blank.
         */
        public static Segment ofGeoJson(int number, String name, String lineString) {
            if (lineString == null || lineString.isBlank()) {
                return new Segment(number, name, List.of());
            }
            JsonNode node;
            try {
                node = JSON.readTree(lineString);
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException("Segment " + number + ": not JSON", e);
            }
            if (!"LineString".equals(node.path("type").asText()) || !node.path("coordinates").isArray()) {
                throw new IllegalArgumentException("Segment " + number + ": not a GeoJSON LineString");
            }
            var line = new ArrayList<Position>();
            for (var point : node.get("coordinates")) {
                if (!point.isArray() || point.size() < 2 || !point.get(0).isNumber() || !point.get(1).isNumber()) {
                    throw new IllegalArgumentException("Segment " + number + ": a position is not [lon, lat]");
                }
                line.add(new Position(point.get(0).asDouble(), point.get(1).asDouble()));
            }
            return new Segment(number, name, line);
        }
    }

    /**
     * A point to show: {@code label} is the text of its popup and list entry (already translated),
     * {@code kind} a short word for its style (for example {@code observation} or {@code waypoint}),
     * {@code segment} the number of the segment it belongs to, or null.
     */
    public record Marker(double lat, double lon, String label, String kind, Integer segment) {

        public Marker {
            new Position(lon, lat);
            if (label == null || label.isBlank()) {
                throw new IllegalArgumentException("A marker needs a label");
            }
            if (kind == null || !kind.matches("[a-z][a-z0-9-]{0,39}")) {
                throw new IllegalArgumentException("A marker's kind is a short lower-case word: " + kind);
            }
        }

        public Position position() {
            return new Position(lon, lat);
        }
    }
}
