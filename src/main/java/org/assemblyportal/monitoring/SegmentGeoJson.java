package org.assemblyportal.monitoring;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Optional;

/**
 * Checks a segment's line: GeoJSON (RFC 7946) LineString geometry, or a Feature holding one, of at
 * least two positions, each [longitude, latitude] (an altitude may follow) within -180..180 and
 * -90..90. The text is stored as given once it passes.
 */
final class SegmentGeoJson {

    static final int MAX_LENGTH = 200_000;
    private static final ObjectMapper JSON = new ObjectMapper();

    private SegmentGeoJson() {
    }

    /** A problem with the text, as a message key and its arguments; empty when the line is good. */
    record Problem(String messageKey, Object... arguments) {
    }

    static Optional<Problem> check(String text) {
        if (text.length() > MAX_LENGTH) {
            return Optional.of(new Problem("validation.too-long", MAX_LENGTH));
        }
        JsonNode node;
        try {
            node = JSON.readTree(text);
        } catch (JsonProcessingException notJson) {
            return Optional.of(new Problem("plan.geojson.not-a-line"));
        }
        if (node != null && "Feature".equals(node.path("type").asText())) {
            node = node.get("geometry");
        }
        if (node == null || !node.isObject() || !"LineString".equals(node.path("type").asText())
                || !node.path("coordinates").isArray()) {
            return Optional.of(new Problem("plan.geojson.not-a-line"));
        }
        var positions = node.get("coordinates");
        if (positions.size() < 2) {
            return Optional.of(new Problem("plan.geojson.too-few-positions"));
        }
        for (int i = 0; i < positions.size(); i++) {
            var position = positions.get(i);
            if (!position.isArray() || position.size() < 2 || position.size() > 3 || !position.get(0).isNumber()
                    || !position.get(1).isNumber() || (position.size() == 3 && !position.get(2).isNumber())) {
                return Optional.of(new Problem("plan.geojson.bad-position", i + 1));
            }
            var lon = position.get(0).asDouble();
            var lat = position.get(1).asDouble();
            if (lon < -180 || lon > 180 || lat < -90 || lat > 90) {
                return Optional.of(new Problem("plan.geojson.out-of-range", i + 1));
            }
        }
        return Optional.empty();
    }
}
