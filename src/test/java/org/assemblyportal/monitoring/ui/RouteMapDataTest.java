package org.assemblyportal.monitoring.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.assemblyportal.monitoring.ui.RouteMapData.Marker;
import org.assemblyportal.monitoring.ui.RouteMapData.Position;
import org.assemblyportal.monitoring.ui.RouteMapData.Segment;
import org.junit.jupiter.api.Test;

class RouteMapDataTest {

    @Test
    void segments_are_kept_in_number_order_and_markers_found_by_segment() {
        var data = new RouteMapData(List.of(new Segment(2, "Shevchenko street", List.of()),
                new Segment(1, "Valikhanov square", List.of())),
                List.of(new Marker(43.24, 76.92, "Fence", "observation", 2), new Marker(43.23, 76.93, "Police", "observation", null)));

        assertThat(data.segments()).extracting(Segment::number).containsExactly(1, 2);
        assertThat(data.markersOn(2)).extracting(Marker::label).containsExactly("Fence");
        assertThat(data.markersOn(null)).extracting(Marker::label).containsExactly("Police");
        assertThat(data.markersOn(1)).isEmpty();
    }

    @Test
    void two_segments_with_one_number_are_refused() {
        assertThatThrownBy(() -> new RouteMapData(List.of(new Segment(1, "a", List.of()), new Segment(1, "b", List.of())),
                List.of())).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("numbered 1");
    }

    @Test
    void a_marker_on_a_segment_the_route_does_not_have_is_refused() {
        assertThatThrownBy(() -> new RouteMapData(List.of(new Segment(1, "a", List.of())),
                List.of(new Marker(43.2, 76.9, "Fence", "observation", 3))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("segment 3");
    }

    @Test
    void coordinates_out_of_range_or_not_numbers_are_refused() {
        assertThatThrownBy(() -> Position.latLon(90.5, 0)).hasMessageContaining("Latitude");
        assertThatThrownBy(() -> Position.latLon(0, -180.1)).hasMessageContaining("Longitude");
        assertThatThrownBy(() -> new Position(Double.NaN, 0)).hasMessageContaining("Longitude");
        assertThatThrownBy(() -> new Marker(91, 0, "x", "observation", null)).hasMessageContaining("Latitude");
    }

    @Test
    void a_segment_needs_a_number_a_name_and_a_line_of_no_or_at_least_two_positions() {
        assertThatThrownBy(() -> new Segment(0, "a", List.of())).hasMessageContaining("start at 1");
        assertThatThrownBy(() -> new Segment(1, " ", List.of())).hasMessageContaining("no name");
        assertThatThrownBy(() -> new Segment(1, "a", List.of(Position.latLon(43.2, 76.9))))
                .hasMessageContaining("single position");
        assertThat(new Segment(1, "a", null).hasLine()).isFalse();
    }

    @Test
    void a_marker_needs_a_label_and_a_kind_word() {
        assertThatThrownBy(() -> new Marker(43.2, 76.9, "", "observation", null)).hasMessageContaining("label");
        assertThatThrownBy(() -> new Marker(43.2, 76.9, "Fence", "<b>", null)).hasMessageContaining("kind");
    }

    @Test
    void the_data_cannot_be_changed_through_the_lists_it_was_given() {
        var segments = new java.util.ArrayList<>(List.of(new Segment(1, "a", List.of())));
        var data = new RouteMapData(segments, List.of());
        segments.clear();

        assertThat(data.segments()).hasSize(1);
        assertThatThrownBy(() -> data.segments().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void a_geojson_line_string_becomes_a_line_longitude_first() {
        var segment = Segment.ofGeoJson(1, "Valikhanov square to Shevchenko street",
                "{\"type\":\"LineString\",\"coordinates\":[[76.9286,43.2389],[76.9170,43.2403]]}");

        assertThat(segment.line()).containsExactly(Position.latLon(43.2389, 76.9286), Position.latLon(43.2403, 76.9170));
        assertThat(Segment.ofGeoJson(2, "b", null).hasLine()).isFalse();
        assertThatThrownBy(() -> Segment.ofGeoJson(1, "a", "{\"type\":\"Point\",\"coordinates\":[76.9,43.2]}"))
                .hasMessageContaining("LineString");
        assertThatThrownBy(() -> Segment.ofGeoJson(1, "a", "{\"type\":\"LineString\",\"coordinates\":[[\"x\",1],[1,2]]}"))
                .hasMessageContaining("[lon, lat]");
        assertThatThrownBy(() -> Segment.ofGeoJson(1, "a", "not json")).hasMessageContaining("not JSON");
    }
}
