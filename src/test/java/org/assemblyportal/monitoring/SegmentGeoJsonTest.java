package org.assemblyportal.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SegmentGeoJsonTest {

    @Test
    void a_line_string_of_two_positions_and_a_feature_holding_one_pass() {
        assertThat(SegmentGeoJson.check("{\"type\":\"LineString\",\"coordinates\":[[-180,-90],[180,90,812.5]]}")).isEmpty();
        assertThat(SegmentGeoJson.check("""
                {"type": "Feature", "properties": {}, "geometry":
                 {"type": "LineString", "coordinates": [[76.96, 43.25], [76.94, 43.23]]}}""")).isEmpty();
    }

    @Test
    void longitude_and_latitude_out_of_range_name_the_position() {
        assertThat(SegmentGeoJson.check("{\"type\":\"LineString\",\"coordinates\":[[76.9,43.2],[180.01,43.2]]}"))
                .hasValueSatisfying(p -> {
                    assertThat(p.messageKey()).isEqualTo("plan.geojson.out-of-range");
                    assertThat(p.arguments()).containsExactly(2);
                });
        assertThat(SegmentGeoJson.check("{\"type\":\"LineString\",\"coordinates\":[[76.9,-90.5],[76.9,43.2]]}"))
                .hasValueSatisfying(p -> assertThat(p.arguments()).containsExactly(1));
    }

    @Test
    void text_that_is_not_a_line_string_fails() {
        assertThat(SegmentGeoJson.check("{\"type\":\"LineString\",\"coordinates\":[[76.9,43.2]]}"))
                .hasValueSatisfying(p -> assertThat(p.messageKey()).isEqualTo("plan.geojson.too-few-positions"));
        assertThat(SegmentGeoJson.check("{\"type\":\"MultiLineString\",\"coordinates\":[]}"))
                .hasValueSatisfying(p -> assertThat(p.messageKey()).isEqualTo("plan.geojson.not-a-line"));
        assertThat(SegmentGeoJson.check("[[76.9,43.2],[76.8,43.1]]"))
                .hasValueSatisfying(p -> assertThat(p.messageKey()).isEqualTo("plan.geojson.not-a-line"));
        assertThat(SegmentGeoJson.check("{\"type\":\"LineString\",\"coordinates\":[[76.9,43.2],[76.8]]}"))
                .hasValueSatisfying(p -> assertThat(p.messageKey()).isEqualTo("plan.geojson.bad-position"));
        assertThat(SegmentGeoJson.check("{\"type\":\"LineString\""))
                .hasValueSatisfying(p -> assertThat(p.messageKey()).isEqualTo("plan.geojson.not-a-line"));
    }
}
