package org.assemblyportal.monitoring.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.assemblyportal.monitoring.ui.RouteMapData.Marker;
import org.assemblyportal.monitoring.ui.RouteMapData.Position;
import org.assemblyportal.monitoring.ui.RouteMapData.Segment;
import org.assemblyportal.monitoring.ui.RouteMapGeometry.Bounds;
import org.junit.jupiter.api.Test;

class RouteMapGeometryTest {

    static final Position VALIKHANOV_SQUARE = Position.latLon(43.2389, 76.9286);
    static final Position GANDHI_PARK = Position.latLon(43.2417, 76.9055);

    @Test
    void a_degree_of_latitude_is_about_111_kilometres() {
        assertThat(RouteMapGeometry.lengthMetres(List.of(Position.latLon(0, 0), Position.latLon(1, 0))))
                .isCloseTo(111_195, within(1.0));
    }

    @Test
    void the_almaty_march_from_valikhanov_square_to_gandhi_park_is_about_1_9_kilometres_as_the_crow_flies() {
        assertThat(RouteMapGeometry.lengthMetres(List.of(VALIKHANOV_SQUARE, GANDHI_PARK))).isCloseTo(1_894, within(5.0));
    }

    @Test
    void a_line_is_as_long_as_its_parts_and_an_empty_line_has_no_length() {
        var middle = Position.latLon(43.2403, 76.9170);
        var whole = RouteMapGeometry.lengthMetres(List.of(VALIKHANOV_SQUARE, middle, GANDHI_PARK));

        assertThat(whole).isCloseTo(RouteMapGeometry.distanceMetres(VALIKHANOV_SQUARE, middle)
                + RouteMapGeometry.distanceMetres(middle, GANDHI_PARK), within(1e-6));
        assertThat(whole).isGreaterThanOrEqualTo(RouteMapGeometry.distanceMetres(VALIKHANOV_SQUARE, GANDHI_PARK));
        assertThat(RouteMapGeometry.lengthMetres(List.of())).isZero();
    }

    @Test
    void the_bounds_hold_every_line_and_every_marker() {
        var data = new RouteMapData(List.of(new Segment(1, "a", List.of(VALIKHANOV_SQUARE, GANDHI_PARK)),
                new Segment(2, "no coordinates", List.of())),
                List.of(new Marker(43.2500, 76.9200, "Fence", "observation", 1)));

        assertThat(RouteMapGeometry.bounds(data)).contains(new Bounds(43.2389, 76.9055, 43.2500, 76.9286));
    }

    @Test
    void there_are_no_bounds_without_coordinates_and_a_single_marker_is_a_box_of_no_size() {
        assertThat(RouteMapGeometry.bounds(new RouteMapData(List.of(new Segment(1, "a", List.of())), List.of()))).isEmpty();
        assertThat(RouteMapGeometry.bounds(new RouteMapData(List.of(), List.of(new Marker(43.2, 76.9, "x", "waypoint", null)))))
                .contains(new Bounds(43.2, 76.9, 43.2, 76.9));
    }
}
